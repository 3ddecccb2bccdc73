# typing classes: Generic, Protocol, NamedTuple, TypedDict, NewType, get_type_hints.
import typing as t
from typing import (Generic, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar,
                    get_type_hints, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__ + ':', exc)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class IntBox(Box[int]):
    pass


class Pair(Box[T], t.Dict[T, K]):
    pass


b = Box[int](3)
print(Box[int], Box.__parameters__, b.get(), b.__orig_class__, IntBox.__orig_bases__)
print(IntBox.__parameters__, IntBox.__mro__, Pair.__parameters__, Pair[int, str])
print(Box[T][str], Box[int].__origin__ is Box, Box[int] == Box[int], Box.__orig_bases__)
show('too many', lambda: Box[int, str])
show('plain generic', lambda: type('X', (Generic,), {}))


def twice():
    class Bad(Generic[T], Generic[K]):
        pass
show('generic twice', twice)


def unlisted():
    class Bad(List[T], Generic[K]):
        pass
show('unlisted', unlisted)


class Bar(t.List[int]):
    pass


print(Bar.__mro__, Bar([1, 2]))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        pass


class Shape(Protocol):
    sides: int

    def area(self) -> float: ...


print(isinstance(Resource(), Closable), isinstance(1, Closable), issubclass(Resource, Closable))
show('protocol instantiate', lambda: Shape())
show('not runtime', lambda: isinstance(1, Shape))
show('runtime non-protocol', lambda: runtime_checkable(int))


@runtime_checkable
class HasSides(Protocol):
    sides: int


class Square:
    sides = 4


print(isinstance(Square(), HasSides))
show('data protocol issubclass', lambda: issubclass(Square, HasSides))


class GenProto(Protocol[T]):
    def get(self) -> T: ...


print(GenProto.__parameters__, GenProto[int], GenProto._is_protocol)


class Concrete(Shape):
    sides = 3

    def area(self):
        return 1.5


print(Concrete().area(), Concrete._is_protocol)
print(isinstance(3, t.SupportsInt), isinstance('x', t.SupportsInt), isinstance(2.5, t.SupportsIndex),
      isinstance(1, t.SupportsAbs), issubclass(float, t.SupportsRound))


class Employee(NamedTuple):
    name: str
    ident: int = 3

    def hello(self):
        return 'hi ' + self.name


e = Employee('ann')
print(e, Employee('bob', 4).hello(), Employee._fields, Employee.__annotations__,
      Employee._field_defaults, isinstance(e, tuple), e._replace(ident=9))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__, Point._fields)


def bad_order():
    class Bad(NamedTuple):
        x: int = 1
        y: str
show('namedtuple order', bad_order)


def overwrite():
    class Bad(NamedTuple):
        x: int

        def _asdict(self):
            pass
show('namedtuple overwrite', overwrite)


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float


m = Movie(title='x', year=1)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Extra.__optional_keys__),
      Extra.__total__, Extra.__annotations__, t.is_typeddict(Movie), t.is_typeddict(dict))
Functional = TypedDict('Functional', {'a': int})
print(Functional(a=1), Functional.__annotations__)
show('typeddict isinstance', lambda: isinstance({}, Movie))

UserId = t.NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None)


def sub_newtype():
    class Bad(UserId):
        pass
show('subclass newtype', sub_newtype)


def f(a: int, b: 'str' = 'x', c: Optional['Box[int]'] = None) -> List[int]:
    pass


class WithHints:
    x: int
    y: 'Optional[str]'
    z: t.ClassVar[int] = 1


print(get_type_hints(f))
print(get_type_hints(WithHints))
print(get_type_hints(Employee))


def annotated(a: t.Annotated[int, 'meta'], b: List[t.Annotated[str, 1]]) -> None:
    pass


print(get_type_hints(annotated), get_type_hints(annotated, include_extras=True))


def broken(a: 'Missing'):
    pass


show('unresolved', lambda: get_type_hints(broken))


@t.overload
def g(x: int) -> int: ...
@t.overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(1), len(t.get_overloads(g)))


@t.overload
def h(x: int) -> int: ...


show('call overload', lambda: h(1))


@t.final
class Leaf:
    pass


print(Leaf.__final__, t.no_type_check(f) is f, f.__no_type_check__)
