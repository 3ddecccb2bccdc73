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
t.List[5]
t.List[int, str]
t.Dict[int]
t.Dict[int, str, float]
t.Tuple[int, str][int]
t.List[int][int]
t.Callable[int, str]
t.Callable[[int]]
t.Callable[[5], int]
t.Union[5]
t.Union[int, 5]
t.Optional[5]
t.ClassVar[t.ClassVar[int]]
t.List[t.ClassVar[int]]
t.List[t.Final[int]]
t.Final[t.ClassVar[int]]
t.List[t.Generic]
t.List[t.Union]
t.List[t.Protocol]
t.List[(int,)]
t.List[None]
t.Literal[[1]]
t.Literal[1, 1, True]
t.Literal[1] == t.Literal[True]
t.Literal[1, 2] == t.Literal[2, 1]
hash(t.Literal[1, 2]) == hash(t.Literal[2, 1])
t.Annotated[int]
t.Annotated[int, 1].__metadata__
t.Annotated[t.List[T], 1][int]
t.Annotated[int, 1] == t.Annotated[int, 1]
t.Annotated[int, 1].__origin__
t.Any()
isinstance(1, t.Any)
issubclass(int, t.Any)
t.NoReturn[int]
t.Self[int]
t.Optional
t.Union
t.Literal
t.Annotated
t.Generic
t.Protocol
t.Callable[P, int]
t.Callable[P, int][[int, str]]
t.Callable[P, int][int, str]
t.Callable[t.Concatenate[int, P], int]
t.Callable[t.Concatenate[int, P], int].__args__
t.Concatenate[int]
t.Concatenate[int, int]
P.args
P.kwargs
Ts
t.Tuple[t.Unpack[Ts]]
t.Unpack[Ts]
[*Ts]
t.Generic[Ts]
t.Callable[[int], T][str]
t.Callable[..., T][str]
t.Callable[[T], T].__parameters__
t.Dict[T, T][int]
t.Dict[T, T].__parameters__
t.List[int].__args__
t.List.__args__
t.List.__origin__
t.List.__parameters__
t.List._name
t.List[int]._name
t.Callable._name
t.List[int].__module__
t.List.__module__
t.Optional[int].__module__
T.__module__
t.List.__mro_entries__((t.List,))
t.Generic[T].__mro_entries__((1,))
t.Type[int]
t.Type
t.Type[T][int]
t.Union[int, str].__args__
t.Optional[int].__args__
t.Union[int, None, str]
t.Union[None, int]
t.Union[t.List[int], t.List[int]]
t.Union[int, str][int]
t.Union[T, str][int]
t.Union[T, int][int]
t.Union[int, str] | float
t.Union[int, str] == (int | str)
(int | str) == t.Union[int, str]
t.List[int] | int
t.Any | int
T | int
int | T
'x' | t.List[int]
t.List[int] | 'x'
t.Optional[t.Union[int, str]]
t.Union[int, str].copy_with((int,))
t.Callable[[int], str].__origin__
t.Callable[[int], str].__args__
t.Callable[[], str].__args__
t.Callable[..., str].__args__
t.Tuple[int, ...].__args__
t.Tuple[()].__args__
t.Tuple[int, ...][int]
t.Tuple[T, ...][int]
t.Tuple[T, T][int]
t.Iterable[T][int]
t.Generator[int, None, None].__args__
t.ClassVar[int].__args__
t.ClassVar[int].__origin__
t.ClassVar
t.ClassVar[int] == t.ClassVar[int]
t.Final[int] | None
repr(t.ForwardRef('X'))
t.ForwardRef('x y')
t.ForwardRef(1)
t.ForwardRef('X') == t.ForwardRef('X')
t.ForwardRef('X', module='m')
t.List['int'].__args__
t.Dict['a', 'b']
t.TypeVar('T', int)
t.TypeVar('T', covariant=True, contravariant=True)
t.TypeVar('T', int, str, bound=int)
t.TypeVar('T', bound=5)
t.TypeVar('T', bound='X').__bound__
t.TypeVar('T', bound=None).__bound__
t.TypeVar('T', int, str).__constraints__
t.TypeVar('T').__covariant__
T == T
T == t.TypeVar('T')
t.TypeVar('T', contravariant=True)
t.ParamSpec('P', covariant=True)
t.NewType('U', int)
t.NewType('U', int).__module__
t.NewType('U', int).__qualname__
t.NewType('U', int) | None
t.NewType('U', 5)
t.NewType('U', t.NewType('V', int))
t.cast(t.List[int], 5)
t.get_origin(t.Callable[[int], str])
t.get_origin(t.Generic)
t.get_origin(t.Generic[T])
t.get_origin(t.ClassVar[int])
t.get_origin(P.args)
t.get_origin(int | str)
t.get_args(int | str)
t.get_args(t.Literal[1, 2])
t.get_args(t.Union[int, t.List[str]])
t.get_args(t.Callable[P, int])
t.get_args(t.Callable[t.Concatenate[int, P], int])
t.get_args(t.Tuple[()])
t.get_args(t.Tuple)
t.get_args(t.List)
t.get_args(list[int])
t.get_args(t.ClassVar[int])
t.Text
t.AnyStr
t.ByteString
t.AbstractSet[int]
t.ContextManager[int]
t.AsyncContextManager
t.Pattern
t.Match[str]
t.Hashable[int]
t.Sized
t.SupportsAbs
t.SupportsAbs[int]
t.SupportsRound[float]
t.IO
t.IO[str]
t.TextIO
t.BinaryIO.__mro__
t.TextIO.__orig_bases__
t.IO.__parameters__
t.Generic.__module__
t.Any.__module__
t.Optional.__module__
type(t.Optional)
type(t.List)
type(t.List[int])
type(t.Union[int, str])
type(t.Callable[[int], str])
type(t.Callable)
type(t.Tuple)
type(t.Literal[1])
type(t.Annotated[int, 1])
type(t.Any)
type(T)
t.Optional.__name__
t.List.__name__
t.List[int].__name__
t.Union[int, str].__name__
t.Callable[[int], str].__name__
t.Any.__name__
t.Literal[1].__name__
t.Annotated[int, 1].__name__
t.ClassVar[int].__name__
t.List[int].__qualname__
t.List.__qualname__
t.List.append
t.List[int].append
t.List[int] == list[int]
t.List == list
t.Optional == t.Optional
t.List.__class_getitem__
t.assert_type(3, str)
t.assert_never(3)
t.get_overloads(len)
t.no_type_check(len)
t.final(len)
t.LiteralString
t.TypeAlias
t.Required[int]
t.Required[int, str]
t.NotRequired
t.TypeGuard[int, str]
t.Never
t.Generic[int]
t.Generic[T, T]
t.Generic[()]
t.Protocol[int]
t.ClassVar[int, str]
t.Final[int, str]
t.Optional[int, str]
t.Union[()]
t.Union[int, str][int]
t.List[int]()
t.Deque[int]()
t.Dict()
t.Type[int]()
t.Tuple()
t.Callable[[int], str]()
t.List[int] is t.List[int]
t.Union[int, str] is t.Union[int, str]
t.Literal[1] is t.Literal[1]
t.Optional[int] is t.Optional[int]
t.Callable[[int], str] is t.Callable[[int], str]
list(t.List[int])
t.List.__doc__
t.Deque.__doc__
type(t.NamedTuple)
t.NewType
t.List[int].__reduce__()
t.Optional.__reduce__()
t.Union[int,str].__reduce__()
t.Literal.__getitem__
hash(t.List[int]) == hash(t.List[int])
t.List[T].__parameters__
t.Dict[T, t.List[KT]].__parameters__
t.Dict[T, t.List[KT]][int, str]
t.Dict[T, list[KT]][int, str]
t.Dict[T, list[KT]].__parameters__
t.List[int].__origin__
t.Literal[1].__args__
t.Literal[1].__parameters__
t.Annotated[T, 1].__parameters__
t.get_args(t.Annotated[t.List[int], 1, 2])
t.Annotated[int, 1] == t.Annotated[int, 2]
t.Annotated[[int], 1]
t.Annotated[t.ClassVar[int], 1]
t.Any | None
t.Optional[t.Any]
t.Union[t.Any, int]
t.Union[int, t.Any]
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
---
class Foo(t.Generic[T], t.Generic[KT]):
    pass
---
class Foo(t.List[T], t.Generic[KT]):
    pass
---
class Foo(t.Generic[T]):
    pass
class Bar(Foo[int]):
    pass
class Baz(Foo[T], t.Dict[T, KT]):
    pass
f = Foo[int]
f.x = 5
result = Bar.__orig_bases__, Bar.__parameters__, Bar.__mro__, Baz.__parameters__, Baz.__mro__, Baz[int, str], Foo[T][int], Foo[int]().__orig_class__, Foo[int].__parameters__, Foo.__orig_bases__, Foo[int].__module__, Foo.x, Foo[int] is Foo[int], Foo[int] == Foo[int], Baz[int, str].__args__
---
class Pr(t.Protocol[T]):
    x: int
    def m(self) -> T: ...
class Q(Pr[int], t.Protocol):
    pass
class R(Pr[int]):
    def m(self):
        return 1
    x = 3
class S(t.Protocol):
    def __init__(self):
        self.v = 1
class C(S):
    pass
result = Pr.__parameters__, Pr._is_protocol, Pr[int], Pr.__mro__, Q._is_protocol, R._is_protocol, R().m(), C().v
---
@t.runtime_checkable
class P2(t.Protocol):
    x: int
class A:
    x = 1
result = isinstance(A(), P2), isinstance(1, P2)
---
@t.runtime_checkable
class P2(t.Protocol):
    x: int
class A:
    x = 1
issubclass(A, P2)
---
t.runtime_checkable(int)
---
class Pr(t.Protocol, int):
    pass
---
class X(t.NamedTuple):
    a: int = 1
    b: int = 2
    c: int
---
class X(t.NamedTuple):
    a: int
    def _asdict(self):
        pass
---
class X(t.NamedTuple, t.Generic[T]):
    a: T
result = X[int], X(1), X.__mro__, X.__parameters__
---
class X(t.NamedTuple, int):
    a: int
---
class M(t.TypedDict, int):
    pass
---
class M(t.TypedDict):
    a: t.Required[int]
    b: t.NotRequired[str]
    c: t.Annotated[t.NotRequired[int], 1]
class N(M, total=False):
    d: int
result = N.__required_keys__, N.__optional_keys__, N.__total__, N.__annotations__, N.__mro__, t.get_type_hints(N), t.get_type_hints(M, include_extras=True)
---
class M(t.TypedDict):
    a: int
isinstance({}, M)
---
U = t.NewType('U', int)
class X(U):
    pass
---
t.NamedTuple('X', [('a', int)], b=int)
---
t.TypedDict('X', {'a': int}, b=int)
---
result = t.NamedTuple('Y', a=int)._fields, t.NamedTuple('Y', [('a', int)]).__module__
---
@t.overload
def f(x: int) -> int: ...
@t.overload
def f(x: str) -> str: ...
def f(x):
    return x
n = len(t.get_overloads(f))
t.clear_overloads()
result = n, f(1), t.get_overloads(f)
---
@t.no_type_check
class C:
    def m(self, a: 'undefined'):
        pass
result = C.m.__no_type_check__, t.get_type_hints(C.m), C.__no_type_check__
---
def f(a: 'List[int]'):
    pass
t.get_type_hints(f)
---
def f(a: 'x y'):
    pass
t.get_type_hints(f)
---
def f(a: 't.List["int"]', b: list['int'], c: 'int' = None) -> None:
    pass
result = t.get_type_hints(f)
---
t.get_type_hints(5)
---
def f(a: t.Annotated[int, 1], b: t.List[t.Annotated[int, 2]]) -> t.Optional[t.Annotated[str, 3]]:
    pass
result = t.get_type_hints(f), t.get_type_hints(f, include_extras=True)
---
class A:
    a: int
class B(A):
    b: 'str'
    c: t.ClassVar[int] = 1
    d: 't.ClassVar[int]'
    e: 't.Final[int]'
    f: 'int | None'
result = t.get_type_hints(B)
---
d = t.dataclass_transform(eq_default=False, field_specifiers=(int,), foo=1)
def g():
    pass
d(g)
result = g.__dataclass_transform__
---
@t.final
def f():
    pass
result = f.__final__
---
class I(t.SupportsInt):
    pass
I()
---
class X:
    def __int__(self):
        return 1
result = isinstance(X(), t.SupportsInt), issubclass(X, t.SupportsInt), issubclass(int, t.SupportsIndex), isinstance(3, t.SupportsAbs), isinstance('', t.SupportsRound), isinstance(b'', t.SupportsBytes), t.SupportsAbs.__parameters__, t.SupportsInt.__mro__
---
result = sorted(k for k in vars(t.IO) if not k.startswith('__')), sorted(k for k in vars(t.TextIO) if not k.startswith('__')), t.IO.__parameters__, t.TextIO.__mro__, t.BinaryIO.__orig_bases__
---
result = t.ForwardRef('X')._evaluate({'X': int}, None, frozenset()), t.ForwardRef('X').__forward_arg__, t.ForwardRef('X').__forward_is_argument__, t.ForwardRef('X').__forward_is_class__, t.ForwardRef('X').__forward_module__
---
result = t.Callable[[int], str] == t.Callable[[int], str], t.Callable[[int], str] == t.Callable[[str], str], isinstance(len, t.Callable), issubclass(int, t.Callable), isinstance([], t.Sequence), isinstance(1, t.Hashable), isinstance((), t.Tuple)
---
isinstance([], t.List[int])
---
issubclass(list, t.List[int])
---
isinstance(1, t.Callable[[int], str])
---
isinstance(1, t.Literal[1])
---
isinstance(1, t.ClassVar)
---
result = isinstance(1, t.Optional[int]), issubclass(int, t.Union[int, str])
---
class X(t.Union):
    pass
---
class X(t.Optional[int]):
    pass
---
class X(t.Any):
    pass
result = X.__mro__, type(X())
---
class X(t.Callable[[int], str]):
    pass
result = X.__mro__
---
class X(t.Tuple[int, str]):
    pass
result = X.__mro__, X((1, 2))
---
class X(t.Hashable, t.Sized):
    pass
result = X.__mro__
---
class X(t.ClassVar[int]):
    pass
---
class X(t.Protocol[T], t.Generic[T]):
    pass
result = X.__parameters__
---
class X(int, t.Protocol):
    pass
---
result = P.args == P.args, P.args.__origin__, P.__name__, t.Callable[P, T][[int], str], t.Callable[t.Concatenate[int, P], T][[str], bool], P.__module__
---
class X(t.Generic[P]):
    pass
result = X[int, str], X[[int, str]], X[...], X[int, str].__args__
---
result = t.Literal[1, 2] | None, t.Literal[1] | t.Literal[2], t.Union[t.Literal[1], t.Literal[2]], t.List[int] | t.Dict[str, int], int | t.List[int], None | t.List[int]
---
t.Final | int
---
t.Annotated()
---
class X(t.Annotated):
    pass
---
result = t.Annotated[int, 1](), t.Annotated[int, 1].__args__, t.Annotated[int, 1].__parameters__, t.Annotated[int, 1].__mro_entries__(())
---
t.Annotated[t.List[int], 1]()
---
class C:
    x: 'C'
    y: t.List['C']
result = t.get_type_hints(C)
---
import pickle
result = [pickle.loads(pickle.dumps(x)) == x for x in (t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Callable[[int], str], t.Union[int, str], t.List, t.Optional, T)]
'''


def run_cases(module):
    pass


exprs, rest = EXPRS.strip().split('\n---\n', 1)
setup = "T = t.TypeVar('T'); KT = t.TypeVar('KT', bound=int); V = t.TypeVar('V', int, str, covariant=True); P = t.ParamSpec('P'); Ts = t.TypeVarTuple('Ts'); import collections.abc as cabc"
R = {'t': real}
M = {'t': mine}
exec(setup, R)
exec(setup, M)
c.expr(exprs.split('\n'), R, M, norm)
c.cases(rest, R, M, norm)
ok = c.report()
sys.exit(0 if ok else 1)
