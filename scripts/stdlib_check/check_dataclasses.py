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
'''
c.cases(CASES, {'dc': real}, {'dc': mine}, norm)
ok = c.report()
sys.exit(0 if ok else 1)
