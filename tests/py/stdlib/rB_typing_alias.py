# typing aliases and special forms: reprs, subscription, substitution, errors.
import typing as t
from typing import (Any, Callable, ClassVar, Dict, Final, List, Literal, Optional,
                    Tuple, TypeVar, Union, Annotated, get_args, get_origin)

T = TypeVar('T')
K = TypeVar('K')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
Num = TypeVar('Num', int, float)
Bounded = TypeVar('Bounded', bound=str)
P = t.ParamSpec('P')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__ + ':', exc)


for hint in (List[int], Dict[str, List[int]], Optional[int], Union[int, str],
             Union[int, str, None], Union[None, int], Union[int], Union[int, int],
             Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable,
             Tuple[int, ...], Tuple[()], Tuple, Tuple[int, str], Any, T, Co, Contra, Num,
             List[T], List[T][int], Dict[T, K][str, int], Dict[str, T][int],
             Literal[1, 'a'], Literal[1, 1, True], ClassVar[int], Final, Final[int],
             t.Type[int], t.Iterable[int], Annotated[int, 'meta'],
             Annotated[Annotated[int, 1], 2], Optional[List[int]], List[int] | None,
             int | List[str], Union[int, Union[str, float]], t.Deque[int],
             t.DefaultDict[str, int], t.Counter[str], t.Set[int], t.FrozenSet, t.Sequence,
             t.Mapping[str, Any], t.Generator[int, None, None], t.AnyStr, t.NoReturn,
             t.Never, t.Self, t.LiteralString, t.TypeAlias, List['Forward'],
             Optional['Forward'], Callable[P, int], Callable[t.Concatenate[int, P], int],
             P.args, P.kwargs, t.TypeGuard[int], t.Required[int], t.NotRequired[str],
             Callable[P, int][[int, str]], Callable[P, int][int, str], Callable[[T], T][str],
             Tuple[T, ...][int], Union[T, str][int], Union[T, int][int], t.Hashable,
             t.AbstractSet[int], t.ContextManager[int], t.SupportsInt, t.SupportsAbs[int],
             t.IO[str], t.TextIO, t.Union[int, str] | float, T | int, int | T,
             t.Literal[1, 2] | None, t.Optional[t.Any], t.Annotated[t.List[T], 1][int]):
    print(hint)

print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_args(Annotated[int, 'x']), get_args(int), get_args(int | str), get_args(Literal[1, 2]))
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(Annotated[int, 1]),
      get_origin(List), get_origin(int), get_origin(list[int]), get_origin(ClassVar[int]),
      get_origin(t.Generic), get_origin(P.args), get_origin(int | str))
print(List[int].__args__, List[int].__origin__, Dict[T, int].__parameters__,
      Callable[[int], str].__args__, Tuple[()].__args__, List._name, List[int]._name)
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int],
      hash(Union[int, str]) == hash(Union[str, int]), Literal[1] == Literal[True],
      Literal[1, 2] == Literal[2, 1], Union[int, str] == (int | str), List[int] is List[int])
print(isinstance([], List), isinstance({}, t.Mapping), issubclass(list, t.Iterable),
      isinstance(1, Union[int, str]), isinstance('', Optional[int]), isinstance(len, Callable),
      isinstance((), Tuple), issubclass(int, Union[int, str]))
print(T.__name__, Bounded.__bound__, Num.__constraints__, Co.__covariant__, T.__module__)
print(List.__doc__, t.Deque.__doc__, List.__name__, List[int].__name__, Optional.__name__)
print(t.cast(int, 'x'), t.TYPE_CHECKING, t.Text, t.assert_type(3, str))

show('too many', lambda: List[int, str])
show('too few', lambda: Dict[int])
show('not generic', lambda: List[int][int])
show('callable form', lambda: Callable[[int]])
show('optional two', lambda: Optional[int, str])
show('classvar two', lambda: ClassVar[int, str])
show('union empty', lambda: Union[()])
show('nested classvar', lambda: List[ClassVar[int]])
show('plain union', lambda: List[Union])
show('plain generic', lambda: List[t.Generic])
show('instantiate list', lambda: List[int]())
show('instantiate deque', lambda: t.Deque[int]())
show('any call', lambda: Any())
show('any isinstance', lambda: isinstance(1, Any))
show('subscripted isinstance', lambda: isinstance([], List[int]))
show('form isinstance', lambda: isinstance(1, ClassVar))
show('noreturn sub', lambda: t.NoReturn[int])
show('annotated one', lambda: Annotated[int])
show('concatenate', lambda: t.Concatenate[int, int])
show('generic int', lambda: t.Generic[int])
show('generic dup', lambda: t.Generic[T, T])
show('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
show('one constraint', lambda: TypeVar('X', int))
show('constraint and bound', lambda: TypeVar('X', int, str, bound=int))
show('forward syntax', lambda: t.ForwardRef('a b'))
show('forward non-str', lambda: t.ForwardRef(1))
show('union sub', lambda: Union[int, str][int])
show('final union', lambda: Final[int] | None)
show('assert_never', lambda: t.assert_never(42))
show('callable abstract', lambda: Callable[[int], str]())
