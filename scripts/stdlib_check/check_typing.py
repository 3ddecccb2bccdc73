#!/usr/bin/env python3
"""Compare src/stdlib/typing with CPython's typing."""
import re
import sys
import typing as real
from harness import load, Checker

mine = load('typing')
c = Checker('typing')


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v)).replace('py_typing', 'typing')


EXPRS = r'''
t.List[int]
t.List
t.Dict[str, t.List[int]]
t.Optional[int]
t.Union[int, str]
t.Union[int, str, None]
t.Union[int]
t.Union[int, int]
t.Callable[[int, str], bool]
t.Callable[..., int]
t.Callable
t.Tuple[int, ...]
t.Tuple[()]
t.Tuple
t.Tuple[int, str]
t.Any
T
V
KT
t.List[T]
t.List[T][int]
t.Dict[T, KT][str, int]
t.Dict[str, T][int]
t.Literal[1, "a"]
t.Literal[1]
t.ClassVar[int]
t.Final
t.Final[int]
t.Type[int]
t.Iterable[int]
t.Annotated[int, "m"]
t.Annotated[t.Annotated[int, 1], 2]
t.Optional[t.List[int]]
t.List[int] | None
int | t.List[str]
t.Union[int, t.Union[str, float]]
t.get_args(t.Dict[str, int])
t.get_args(t.Callable[[int], str])
t.get_args(t.Callable[..., str])
t.get_args(t.Annotated[int, 'x'])
t.get_args(int)
t.get_origin(t.List[int])
t.get_origin(t.Union[int, str])
t.get_origin(t.Annotated[int, 1])
t.get_origin(t.List)
t.get_origin(int)
t.get_origin(list[int])
isinstance([], t.List)
isinstance({}, t.Mapping)
issubclass(list, t.Iterable)
t.List[int] == t.List[int]
t.List[int] == t.List[str]
t.Union[int, str] == t.Union[str, int]
hash(t.Union[int, str]) == hash(t.Union[str, int])
t.NoReturn
t.Never
t.Self
t.Sequence
t.Deque[int]
t.DefaultDict[str, int]
t.Counter[str]
t.Set[int]
t.FrozenSet
t.Type
t.Generator[int, None, None]
t.AnyStr
t.Text
t.Optional[None]
T.__name__
KT.__bound__
V.__constraints__
t.NewType("UserId", int)
t.NewType("UserId", int)(5)
t.cast(int, "x")
t.TYPE_CHECKING
t.Literal[t.Literal[1]]
t.Union[int, t.Any]
t.Hashable
t.Callable[[], None]
t.Dict[str, int].__origin__
t.Iterable[int].__origin__
t.Tuple[int, str].__args__
t.List[int].__parameters__
t.Dict[T, int].__parameters__
t.List[int, str]
isinstance(1, t.List[int])
t.Optional[int, str]
isinstance(1, t.Union[int, str])
isinstance('', t.Optional[int])
t.Generic[int]
isinstance(1, t.Any)
t.Any()
t.Union()
t.Dict[int]
t.ClassVar[int, str]
t.List[5]
t.List[int]()
t.Deque[int]()
t.ForwardRef('X')
t.List['X']
t.Optional['X']
repr(t.ParamSpec('P'))
t.Callable[t.ParamSpec('P'), int]
t.Concatenate[int, t.ParamSpec('P')]
t.TypeGuard[int]
t.Required[int]
t.SupportsInt
isinstance(1, t.SupportsInt)
isinstance('a', t.SupportsInt)
isinstance(1.5, t.SupportsIndex)
t.List[t.Tuple[int, str]]
t.Mapping[str, t.Any]
t.Literal[True] == t.Literal[1]
---
class Foo(t.Generic[T]):
    pass
result = Foo[int], Foo.__parameters__, Foo[int]().__class__.__name__, Foo.__mro__[1:]
---
class Foo(t.Generic[T, KT]):
    def get(self) -> T: ...
result = Foo[int, str], Foo[int, T][str], Foo[int, str].__origin__ is Foo
---
class Foo(t.Generic[T]):
    pass
Foo[int, str]
---
class Foo:
    pass
Foo[int]
---
class Foo(t.Generic):
    pass
---
class Bar(t.List[int]):
    pass
result = Bar.__mro__[1:], Bar([1, 2])
---
class P(t.Protocol):
    def meth(self) -> int: ...
P()
---
@t.runtime_checkable
class Closable(t.Protocol):
    def close(self): ...
class F:
    def close(self): pass
result = isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable)
---
class P(t.Protocol):
    def meth(self) -> int: ...
isinstance(1, P)
---
class E(t.NamedTuple):
    name: str
    id: int = 3
    def hello(self): return 'hi ' + self.name
result = E('a'), E('b', 4).hello(), E._fields, E.__annotations__, E._field_defaults, isinstance(E('a'), tuple)
---
E = t.NamedTuple('E', [('x', int), ('y', str)])
result = E(1, 'a'), E.__annotations__
---
class E(t.NamedTuple):
    x: int = 1
    y: str
---
class M(t.TypedDict):
    name: str
    year: int
result = M(name='x', year=1), type(M(name='x')).__name__, M.__required_keys__ == frozenset({'name', 'year'}), M.__annotations__
---
class M(t.TypedDict, total=False):
    name: str
result = M.__optional_keys__, M.__total__
---
M = t.TypedDict('M', {'a': int})
result = M(a=1), t.is_typeddict(M), t.is_typeddict(dict)
---
def f(a: int, b: 'str' = 'x') -> t.List[int]: pass
result = t.get_type_hints(f)
---
class C:
    x: int
    y: 't.Optional[str]'
result = t.get_type_hints(C)
---
@t.overload
def f(x: int) -> int: ...
def f(x): return x
result = f(3)
---
@t.overload
def g(x: int) -> int: ...
g(1)
---
@t.final
class Fin: pass
result = Fin.__final__
---
t.assert_never(1)
---
UserId = t.NewType('UserId', int)
result = UserId, UserId.__supertype__, UserId(3), UserId.__name__
'''


def run_cases(module):
    pass


exprs, rest = EXPRS.strip().split('\n---\n', 1)
setup = "T = t.TypeVar('T'); KT = t.TypeVar('KT', bound=int); V = t.TypeVar('V', int, str, covariant=True)"
R = {'t': real}
M = {'t': mine}
exec(setup, R)
exec(setup, M)
c.expr(exprs.split('\n'), R, M, norm)
c.cases(rest, R, M, norm)
ok = c.report()
sys.exit(0 if ok else 1)
