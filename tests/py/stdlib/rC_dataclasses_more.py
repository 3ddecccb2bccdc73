# dataclasses: inheritance, slots, make_dataclass, asdict recursion, reprs.
import collections
import dataclasses as dc
from dataclasses import dataclass, field, fields, asdict, astuple, make_dataclass, is_dataclass


def attempt(label, func):
    try:
        print(label, '->', repr(func()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


@dataclass
class Base:
    x: int
    y: float = 1.5


@dataclass
class Child(Base):
    z: str = 'q'
    x: int = 9


print(Child(), Child(1, 2, 'r'), [f.name for f in fields(Child)], Child.__doc__, Child.__match_args__)
print(is_dataclass(Child), is_dataclass(Child()), is_dataclass(1), is_dataclass(type))


@dataclass(frozen=True)
class FrozenBase:
    a: int


class PlainChild(FrozenBase):
    pass


c = PlainChild(1)
c.extra = 2
print(c, c.extra)
try:
    @dataclass
    class Thawed(FrozenBase):
        b: int
except TypeError as exc:
    print('TypeError', exc)
try:
    @dataclass(frozen=True)
    class Frosted(Base):
        b: int = 0
except TypeError as exc:
    print('TypeError', exc)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'), Slotted.__qualname__, Slotted.__doc__)
attempt('slot set', lambda: setattr(s, 'c', 3))


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    a: int


fs = FrozenSlots(4)
print(fs, hash(fs) == hash((4,)), fs.__getstate__())


@dataclass
class Node:
    val: int
    kids: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


n = Node(1, [Node(2), Node(3, [Node(4)])], {'k': Node(5)})
print(n)
print(asdict(n))
print(astuple(n))
print(asdict(Node(1), dict_factory=lambda kv: sorted(kv)))
P = collections.namedtuple('P', 'a b')
print(asdict(Node(1, [P(1, Node(2))], collections.OrderedDict(a=(1, [2])))))


@dataclass
class Loop:
    ref: object = None


loop = Loop()
loop.ref = loop
print(loop)

M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=3))], namespace={'total': lambda self: self.a + self.b + self.c})
print(M(1, 2), M(1, 2, 4).total(), M.__module__, M.__annotations__, M.__doc__)
F = make_dataclass('F', [('a', int)], frozen=True, order=True)
print(F(1) < F(2), hash(F(1)) == hash((1,)))
for spec in [['1'], ['for'], ['a', 'a'], [('a', int, 3, 4)], [('a',)]]:
    attempt('make_dataclass %r' % (spec,), lambda: make_dataclass('X', spec))

f = fields(M)[2]
print(f.name, f.type, f.default, f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only)
g = field(default=None, metadata={'unit': 'm'})
print(g.metadata['unit'], len(g.metadata))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass
class CustomEq:
    a: int

    def __eq__(self, other):
        return True


print(CustomEq.__hash__, CustomEq(1) == 5)


@dataclass(repr=False, init=False)
class Bare:
    a: int


print(Bare.__init__ is object.__init__, '__repr__' in Bare.__dict__, Bare.__doc__)


class Desc:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        return 42


d = Desc()


@dataclass
class UsesDesc:
    x: int = field(default=d)


print(d.name, UsesDesc.x)


@dataclass
class Nan:
    x: float = float('nan')


v = Nan()
print(v == v, Nan(float('nan')) == Nan(float('nan')))
