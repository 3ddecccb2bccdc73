#!/usr/bin/env python3
"""Compare src/stdlib/dataclasses with CPython's dataclasses."""
import dataclasses as real
import re
import sys
from harness import load, Checker

mine = load('dataclasses')
c = Checker('dataclasses')


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v)).replace('py_dataclasses', 'dataclasses')


CASES = r'''
@dc.dataclass
class P:
    x: int
    y: int = 0
result = P(1), P(1, 2), P(x=3, y=4), P(1) == P(1, 0), P(1) == P(2), P(1) != P(1), P.__doc__
---
@dc.dataclass
class P:
    x: int
    y: int = 0
P()
---
@dc.dataclass
class P:
    x: int
    y: int
P()
---
@dc.dataclass
class P:
    x: int
P(1, 2)
---
@dc.dataclass
class P:
    x: int
P(1, z=2)
---
@dc.dataclass
class P:
    x: int = 0
    y: int
---
@dc.dataclass
class P:
    x: list = []
---
@dc.dataclass
class P:
    x: list = dc.field(default_factory=list)
    y: dict = dc.field(default_factory=dict, repr=False)
a, b = P(), P()
a.x.append(1)
result = a, b, a.x is not b.x, P.__doc__
---
dc.field(default=1, default_factory=list)
---
@dc.dataclass(order=True)
class V:
    a: int
    b: str = 'x'
result = sorted([V(2), V(1, 'z'), V(1, 'a')]), V(1) < V(2), V(1) <= V(1), V(2) > V(1, 'zz')
---
@dc.dataclass(order=True)
class V:
    a: int
V(1) < 3
---
@dc.dataclass(order=True, eq=False)
class V:
    a: int
---
@dc.dataclass(order=True)
class V:
    a: int
    def __lt__(self, o): return True
---
@dc.dataclass(frozen=True)
class F:
    a: int
    b: tuple = ()
f = F(1)
result = f, hash(f) == hash((1, ())), f == F(1)
---
@dc.dataclass(frozen=True)
class F:
    a: int
F(1).a = 2
---
@dc.dataclass(frozen=True)
class F:
    a: int
del F(1).a
---
@dc.dataclass(frozen=True)
class F:
    a: int
F(1).zz = 2
---
@dc.dataclass(frozen=True)
class F:
    a: int
try:
    F(1).a = 2
except AttributeError as e:
    result = type(e).__name__, isinstance(e, dc.FrozenInstanceError), str(e)
---
@dc.dataclass
class H:
    a: int
hash(H(1))
---
@dc.dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = dc.field(default_factory=list, hash=False)
result = hash(H(1)) == hash((1,))
---
@dc.dataclass(eq=False)
class H:
    a: int
result = H(1) == H(1), type(hash(H(1))).__name__
---
@dc.dataclass
class H:
    a: int
    def __hash__(self): return 7
result = hash(H(1))
---
@dc.dataclass(unsafe_hash=True)
class H:
    a: int
    def __hash__(self): return 7
---
@dc.dataclass
class B:
    x: int
    y: int = 1
@dc.dataclass
class D(B):
    z: int = 2
    x: int = 5
result = D(), D(1, 2, 3), [f.name for f in dc.fields(D)], D.__doc__
---
@dc.dataclass(frozen=True)
class B:
    x: int
@dc.dataclass
class D(B):
    y: int
---
@dc.dataclass
class B:
    x: int
@dc.dataclass(frozen=True)
class D(B):
    y: int
---
@dc.dataclass
class P:
    x: int
    y: int = dc.field(default=5, init=False)
    z: list = dc.field(default_factory=list, init=False)
result = P(1), P.y, hasattr(P, 'z')
---
@dc.dataclass
class P:
    x: int
    def __post_init__(self):
        self.double = self.x * 2
result = P(2).double
---
@dc.dataclass
class P:
    x: int
    scale: dc.InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
result = P(2, 10), P(2), [f.name for f in dc.fields(P)]
---
@dc.dataclass
class P:
    x: int
    _: dc.KW_ONLY
    y: int = 0
    z: int
result = P(1, z=3), P(1, y=2, z=3), P.__match_args__, P.__doc__
---
@dc.dataclass
class P:
    x: int
    _: dc.KW_ONLY
    z: int
P(1, 2)
---
@dc.dataclass(kw_only=True)
class P:
    x: int = 0
    y: int
result = P(y=1), P.__match_args__
---
@dc.dataclass
class P:
    x: int = dc.field(kw_only=True)
    y: int = 0
result = P(x=1), P(5, x=1)
---
@dc.dataclass
class P:
    x: int
    y: 'list[int]' = dc.field(default_factory=list)
p = P(1, [2])
result = dc.asdict(p), dc.astuple(p), dc.replace(p, x=5), p
---
@dc.dataclass
class In:
    a: list
@dc.dataclass
class Out:
    i: In
    l: list
    d: dict
o = Out(In([1]), [In([2])], {'k': In([3])})
r = dc.asdict(o)
result = r, dc.astuple(o), r['i']['a'] is not o.i.a
---
dc.asdict(1)
---
dc.astuple(1)
---
dc.fields(1)
---
@dc.dataclass
class P:
    x: int
    y: int = dc.field(init=False, default=0)
dc.replace(P(1), y=2)
---
@dc.dataclass
class P:
    x: int
dc.replace(P(1), z=2)
---
@dc.dataclass
class P:
    x: int
    y: int = dc.field(default=3, repr=False, compare=False, metadata={'a': 1})
result = repr(dc.fields(P)[1]), dc.fields(P)[1].metadata['a'], P(1) == P(1, 4), P(1)
---
@dc.dataclass
class P:
    x: int
result = dc.is_dataclass(P), dc.is_dataclass(P(1)), dc.is_dataclass(1), P.__dataclass_params__
---
@dc.dataclass
class P:
    x: int
    def __repr__(self): return 'custom'
result = repr(P(1))
---
@dc.dataclass
class Node:
    val: int
    nxt: object = None
n = Node(1); n.nxt = n
result = repr(n)
---
@dc.dataclass(repr=False, eq=False, init=False)
class P:
    x: int = 1
result = type(P()).__name__, P().x, '__eq__' in P.__dict__
---
@dc.dataclass(slots=True)
class S:
    x: int
    y: int = 2
s = S(1)
result = s, S.__slots__, hasattr(s, '__dict__'), S.__qualname__
---
class W:
    @dc.dataclass
    class Inner:
        a: int
result = repr(W.Inner(1))
---
import typing
@dc.dataclass
class C:
    x: int
    cv: typing.ClassVar[int] = 5
result = C(1), [f.name for f in dc.fields(C)], C.cv
---
@dc.dataclass
class C:
    x: int
    y = 5
result = C(1), C.y
---
@dc.dataclass
class C:
    y = dc.field()
---
M = dc.make_dataclass('M', ['a', ('b', int), ('c', int, dc.field(default=3))])
result = M(1, 2), M(1, 2, 4).c
---
@dc.dataclass
class C:
    self: int
result = C(self=3)
---
@dc.dataclass
class C:
    x: int
match C(5):
    case C(v):
        result = v
---
@dc.dataclass
class C:
    x: int = 0
result = C.__init__.__qualname__, C.__repr__.__qualname__, C.__eq__.__name__
---
@dc.dataclass
class A:
    x: typing.ClassVar[int] = dc.field(kw_only=True, default=1)
---
@dc.dataclass
class A:
    x: typing.ClassVar[int] = dc.field(default_factory=list)
---
@dc.dataclass
class A:
    x: dc.InitVar[int] = dc.field(default_factory=list)
---
dc.field(default=1, default_factory=list)
---
@dc.dataclass
class A:
    _: dc.KW_ONLY
    y: dc.KW_ONLY
---
@dc.dataclass(slots=True)
class A:
    __slots__ = ('x',)
    x: int
---
@dc.dataclass(weakref_slot=True)
class A:
    x: int
---
@dc.dataclass(order=True, eq=False)
class A:
    x: int
---
dc.fields(1)
---
dc.asdict(1)
---
dc.astuple(int)
---
dc.replace(1)
---
dc.make_dataclass('X', ['1'])
---
dc.make_dataclass('X', ['for'])
---
dc.make_dataclass('X', ['a', 'a'])
---
dc.make_dataclass('X', [('a', int, 3, 4)])
---
dc.make_dataclass('X', [3])
---
dc.make_dataclass('X', [('a',)])
---
dc.field(default=1)
---
@dc.dataclass
class A:
    x: int
    y: dc.InitVar[int] = 3
result = (dc.fields(A), A.__dataclass_fields__['y'], A.__dataclass_params__, dc.InitVar[int], dc.InitVar[typing.List[int]], dc.InitVar, dc.KW_ONLY, dc.MISSING, A(1, 5))
---
@dc.dataclass(frozen=True)
class A:
    x: int
class B(A): pass
b = B(1)
b.y = 2
result = b.y, hash(b) == hash(A(1)), A(1) == A(1)
---
@dc.dataclass(frozen=True)
class A:
    x: int
    def __setattr__(s, n, v): pass
---
@dc.dataclass(frozen=True)
class A:
    x: int
@dc.dataclass
class B(A):
    y: int
---
@dc.dataclass
class A:
    x: int
@dc.dataclass(frozen=True)
class B(A):
    y: int
---
@dc.dataclass
class A:
    x: int
    def __lt__(s, o): pass
@dc.dataclass(order=True)
class B(A):
    y: int
result = B(1, 2) < B(1, 3), B(1, 2) >= B(0, 9), B(1, 2).__lt__(A(1))
---
@dc.dataclass(order=True)
class C:
    x: int
    def __lt__(s, o): pass
---
@dc.dataclass(unsafe_hash=True)
class A:
    x: int
    def __hash__(s): return 1
---
@dc.dataclass
class A:
    x: int
    y: 'typing.ClassVar[int]' = 3
    z: 'ClassVar' = 4
    w: 'dc.InitVar[int]' = 5
result = dc.fields(A), A.__doc__
---
@dc.dataclass
class A:
    x: list[int] = dc.field(default_factory=list)
    y: typing.List[int] = None
    z: 'int' = 2
    _: dc.KW_ONLY
    k: int = 3
    u: 'some.Thing' = dc.field(kw_only=False, default=3)
result = A.__doc__, A.__init__.__annotations__, A.__match_args__, A(), A(k=5, u=1)
---
@dc.dataclass
class A:
    x: int
a = A(1)
a.x = a
result = repr(a), A.__repr__.__qualname__, A.__init__.__qualname__, A.__eq__.__qualname__
---
@dc.dataclass
class A:
    x = dc.field()
---
@dc.dataclass
class A:
    x: int = dc.field()
    y: int = dc.field(init=False)
result = A(1).__dict__, hasattr(A, 'x'), hasattr(A, 'y')
---
dc.replace(dc.make_dataclass('X', [('a', int, dc.field(init=False))])(), a=3)
---
X = dc.make_dataclass('X', [('a', dc.InitVar[int])])
dc.replace(X(1))
---
X = dc.make_dataclass('X', ['a'], namespace={'f': lambda s: 1}, frozen=True)
result = X(1), X.__module__, X.__annotations__, X(2).f(), X.__qualname__, X, hash(X(1)) == hash((1,))
---
@dc.dataclass(init=False)
class A:
    x: int
result = A.__doc__
---
@dc.dataclass
class B:
    x: int = dc.field(init=False)
    y: int = 0
    z: dc.InitVar[int] = 0
    w: int = dc.field(kw_only=True, default=0)
    def __post_init__(self, z):
        self.x = z * 2
result = B.__match_args__, B.__doc__, B(1, 2, w=3), B(z=4).x
---
class Base:
    def __init__(self, a, *args, **kw): pass
@dc.dataclass(init=False)
class C(Base):
    x: int
result = C.__doc__
---
@dc.dataclass
class D:
    pass
result = D.__doc__, D(), D() == D(), D() != D(), D.__hash__
---
import collections
@dc.dataclass
class E:
    d: dict
    t: tuple
P = collections.namedtuple('P', 'a b')
@dc.dataclass
class D:
    pass
result = dc.asdict(E(collections.OrderedDict(a=[1, D()]), P(1, [2]))), dc.astuple(E({1: 2}, (1, (2, D()))))
---
import collections
@dc.dataclass
class E:
    d: dict
dc.asdict(E(collections.defaultdict(list, {1: [2]})))
---
@dc.dataclass
class E:
    d: dict
    k: list
result = dc.asdict(E({'a': 1}, [1]), dict_factory=lambda kv: sorted(kv)), dc.astuple(E({}, []), tuple_factory=list)
---
@dc.dataclass
class A:
    x: int
    y: float = 1.5
@dc.dataclass
class B(A):
    z: str = 'q'
    x: int = 9
result = B(), B(1, 2, 'r'), dc.fields(B), B.__doc__, B.__match_args__
---
@dc.dataclass(kw_only=True)
class A:
    x: int
    y: int = 0
result = A(x=1), A.__doc__, A.__match_args__
---
@dc.dataclass(kw_only=True)
class A:
    x: int
A(1)
---
@dc.dataclass(slots=True)
class S:
    x: int
    y: int = 2
s = S(1)
result = S.__slots__, s, hasattr(s, '__dict__'), S.__qualname__, S.__doc__
---
@dc.dataclass(slots=True)
class S:
    x: int
s = S(1)
s.z = 3
---
@dc.dataclass(slots=True, weakref_slot=True)
class S:
    x: int
result = S.__slots__
---
@dc.dataclass(slots=True, frozen=True)
class S:
    x: int
s = S(1)
result = s, hash(s), s.__getstate__()
---
@dc.dataclass(frozen=True)
class F:
    x: int
del F(1).x
---
@dc.dataclass(unsafe_hash=True)
class H:
    x: int
    y: int = dc.field(hash=False)
    z: int = dc.field(compare=False, hash=True)
result = hash(H(1, 2, 3)) == hash((1, 3)), H(1, 2, 3) == H(1, 5, 3)
---
@dc.dataclass(eq=False)
class N:
    x: int
result = N(1) == N(1), N.__hash__ is object.__hash__
---
@dc.dataclass
class Q:
    x: int
    def __eq__(self, o): return True
result = Q.__hash__, Q(1) == 5
---
@dc.dataclass(frozen=True, eq=False)
class Q:
    x: int
result = Q.__hash__ is object.__hash__
---
@dc.dataclass
class Q:
    x: int
    __hash__ = lambda self: 4
result = hash(Q(1))
---
@dc.dataclass
class R:
    x: int
    y: str = 'a'
result = dc.replace(R(1), y='b'), dc.is_dataclass(R), dc.is_dataclass(R(1)), dc.is_dataclass(1), dc.is_dataclass(type)
---
@dc.dataclass
class R:
    x: int
dc.replace(R(1), z=2)
---
@dc.dataclass
class R:
    x: int
    m: dict = dc.field(default=None, metadata={'a': 1})
result = dc.fields(R)[1].metadata, dc.fields(R)[1].metadata['a']
---
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls=None):
        return 42
d = Desc()
@dc.dataclass
class R:
    x: int = dc.field(default=d)
result = d.name, R.x
---
@dc.dataclass
class T:
    x: int
    y: int
T(1, 2, 3)
---
@dc.dataclass
class T:
    x: int
    y: int
T(1, x=2)
---
@dc.dataclass
class T:
    x: int = 1
    y: int = dc.field(kw_only=True)
result = T(y=2), T.__doc__
---
@dc.dataclass
class T:
    x: int
    y: 'dc.KW_ONLY'
    z: int
result = T.__dataclass_fields__['z'].kw_only
---
from dataclasses import KW_ONLY
@dc.dataclass
class T:
    x: int
    y: 'KW_ONLY'
    z: int
result = T.__dataclass_fields__['z'].kw_only
---
@dc.dataclass
class T:
    x: int
    def __repr__(self): return 'mine'
result = repr(T(1)), T(1) == T(1)
---
@dc.dataclass(repr=False, init=False)
class T:
    x: int
result = T.__init__ is object.__init__, '__repr__' in T.__dict__
---
@dc.dataclass
class T:
    x: set = set()
---
@dc.dataclass
class T:
    x: float = float('nan')
t = T()
result = t == t, T(float('nan')) == T(float('nan'))
---
@dc.dataclass
class Node:
    val: int
    kids: list = dc.field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
result = n, dc.asdict(n), dc.astuple(n)
---
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
@dc.dataclass
class Impl(Base):
    x: int
    def f(self): return 1
result = Impl(1).f(), Impl.__abstractmethods__
---
@dc.dataclass
class G:
    x: int
result = G.__eq__(G(1), 3), G(1).__eq__(G(1))
---
@dc.dataclass
class W:
    a: int
    b: int = dc.field(init=False)
    factor: dc.InitVar[int] = 2
    def __post_init__(self, factor):
        self.b = self.a * factor
result = dc.replace(W(3), a=1), dc.replace(W(3), a=1, factor=5)
---
@dc.dataclass
class K:
    a: int
    _: dc.KW_ONLY
    b: int = 1
    c: int
    d: int = dc.field(kw_only=False, default=4)
import inspect
result = K(1, c=3), K.__doc__, K.__match_args__, str(inspect.signature(K.__init__)), K.__init__.__annotations__
'''
import typing
c.cases(CASES, {'dc': real, 'typing': typing}, {'dc': mine, 'typing': typing}, norm)
ok = c.report()
sys.exit(0 if ok else 1)
