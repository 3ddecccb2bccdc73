# dataclasses: generated methods, fields, defaults, errors.
import dataclasses as dc
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
from typing import ClassVar, List
import inspect


def attempt(label, func):
    try:
        print(label, '->', repr(func()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


def define(label, build):
    try:
        cls = build()
        print(label, 'ok', cls.__doc__)
        return cls
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list, repr=False)
    scale: ClassVar[int] = 10


p = Point(1, 2)
print(p, Point(3), Point(1, 2) == p, Point(1) != p, p.tags, Point.scale, Point.__doc__)
print(Point.__match_args__, [f.name for f in fields(Point)], asdict(p), astuple(p))
print(replace(p, y=5), Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__hash__)
print(str(inspect.signature(Point)))
attempt('missing', lambda: Point())
attempt('too many', lambda: Point(1, 2, [], 4))
attempt('unknown kw', lambda: Point(1, z=2))
attempt('replace unknown', lambda: replace(p, z=1))
attempt('fields(int)', lambda: fields(int))
attempt('asdict(1)', lambda: asdict(1))
attempt('astuple(int)', lambda: astuple(int))
attempt('replace(1)', lambda: replace(1))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v1, v2 = Version(1, 2), Version(1, 10, 'rc')
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, 'x')), v1 == Version(1, 2, 'y'))
attempt('frozen set', lambda: setattr(v1, 'major', 3))
attempt('frozen del', lambda: delattr(v1, 'minor'))
attempt('order other', lambda: v1 < (1, 2))
print(v1.__eq__(5), v1.__lt__(5))


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, hash=True, default=0)


print(hash(H(1, 2, 3)) == hash((1, 3)), H(1, 2, 3) == H(1, 2, 4))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.b = self.a * factor


w = WithPost(3)
print(w, WithPost(3, 5), fields(WithPost)[1].init, WithPost.__doc__, WithPost.__match_args__)
attempt('replace initvar', lambda: replace(w, a=1))
attempt('replace initvar nodefault', lambda: replace(dc.make_dataclass('IV', [('q', InitVar[int])])(1)))
attempt('replace init=False', lambda: replace(w, b=1, factor=1))
print(replace(w, a=1, factor=10))
print(dc.InitVar[int], dc.InitVar[List[int]], dc.MISSING is dc.MISSING, type(dc.KW_ONLY).__name__, type(dc.MISSING).__name__)


@dataclass
class Keyed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
    d: int = field(kw_only=False, default=4)


print(Keyed(1, c=3), Keyed.__doc__, Keyed.__match_args__, str(inspect.signature(Keyed.__init__)))
attempt('kw positional', lambda: Keyed(1, 2, 3))


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__doc__)

define('mutable default', lambda: dataclass(type('M', (), {'__annotations__': {'x': list}, 'x': []})))
define('order error', lambda: dataclass(type('O', (), {'__annotations__': {'x': int, 'y': int}, 'x': 0})))
define('both defaults', lambda: field(default=1, default_factory=list))
define('eq order', lambda: dataclass(order=True, eq=False)(type('E', (), {})))
define('no annotation', lambda: dataclass(type('N', (), {'x': field()})))
define('classvar factory', lambda: dataclass(type('C', (), {'__annotations__': {'x': ClassVar[int]}, 'x': field(default_factory=list)})))
define('classvar kw', lambda: dataclass(type('C', (), {'__annotations__': {'x': ClassVar[int]}, 'x': field(kw_only=True, default=1)})))
define('two kw', lambda: dataclass(type('K', (), {'__annotations__': {'_': KW_ONLY, 'y': KW_ONLY}})))
define('weakref slot', lambda: dataclass(weakref_slot=True)(type('W', (), {'__annotations__': {'x': int}})))
define('order clash', lambda: dataclass(order=True)(type('L', (), {'__annotations__': {'x': int}, '__lt__': lambda s, o: 1})))
define('hash clash', lambda: dataclass(unsafe_hash=True)(type('U', (), {'__annotations__': {'x': int}, '__hash__': lambda s: 1})))
define('frozen setattr', lambda: dataclass(frozen=True)(type('F', (), {'__annotations__': {'x': int}, '__setattr__': lambda s, n, v: 1})))
