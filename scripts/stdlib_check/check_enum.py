#!/usr/bin/env python3
"""Compare src/stdlib/enum with CPython's enum."""
import enum as real
import copy
import re
import sys
import warnings
from harness import load, Checker

warnings.simplefilter('ignore')
mine = load('enum')
c = Checker('enum')


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v))


CASES = r'''
class Color(E.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
result = [repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value, list(Color), len(Color), Color(1), Color['GREEN'], Color.CRIMSON, dict(Color.__members__), repr(Color), type(Color).__name__, f'{Color.RED}', format(Color.RED, '>12'), hash(Color.RED) == hash('RED'), Color.RED in Color, Color.RED == 1, Color.RED.BLUE, list(reversed(Color)), Color._member_names_, Color.RED is Color(1), bool(Color), Color.RED.__class__ is Color, isinstance(Color.RED, E.Enum), {Color.RED: 1}]
---
class Color(E.Enum):
    RED = 1
Color(7)
---
class Color(E.Enum):
    RED = 1
Color['X']
---
class Color(E.Enum):
    RED = 1
    BLUE = 2
Color.RED < Color.BLUE
---
class Color(E.Enum):
    RED = 1
1 in Color
---
class Color(E.Enum):
    RED = 1
Color.RED = 5
---
class Color(E.Enum):
    RED = 1
del Color.RED
---
class Color(E.Enum):
    RED = 1
class X(Color):
    A = 2
---
class Color(E.Enum):
    RED = 1
Color('RED')
---
class N(E.IntEnum):
    ONE = 1
    TWO = E.auto()
result = [repr(N.ONE), str(N.ONE), f'{N.TWO}', N.ONE + 1, N.ONE == 1, N(2), format(N.ONE, '03d'), N.ONE < N.TWO, list(N), sorted([N.TWO, N.ONE]), int(N.TWO), isinstance(N.ONE, int), N.ONE.real]
---
class P(E.Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
result = [repr(P.R | P.W), str(P.R | P.W), repr(P(0)), str(P(0)), list(P), P.R in (P.R | P.W), repr(~P.R), bool(P(0)), list(P.R | P.W), len(P.R | P.W), repr(P(7)), repr(P.R & P.W), repr(P.R ^ P.X), repr(P), len(P)]
---
class P(E.Flag):
    R = 4
    W = 2
P(8)
---
class P(E.Flag):
    R = E.auto()
    W = E.auto()
    X = E.auto()
result = [repr(P.R | P.X), P.R.value, P.X.value, repr(P.R & P.W), repr(P.R ^ P.W), list(P.R | P.X), repr(~(P.R | P.W)), str(~P.X)]
---
class P(E.Flag):
    R = E.auto()
P.R | 1
---
class P(E.Flag):
    R = E.auto()
P(1.5)
---
class P(E.Flag):
    R = E.auto()
1 in P.R
---
class Q(E.IntFlag):
    A = E.auto()
    B = E.auto()
    C = E.auto()
result = [repr(Q.A | Q.B), str(Q.A | Q.B), Q.A | 8, repr(Q(8)), Q.C.value, repr(~Q.A), repr(Q.A | 8), Q.A + 1, repr(Q.A & 3), repr(3 | Q.B), type(Q.A | Q.B).__name__, f'{Q.A | Q.C}']
---
class S(E.StrEnum):
    A = E.auto()
    B = 'bee'
result = [repr(S.A), str(S.A), S.B == 'bee', f'{S.B}', S('bee'), S.A.upper()]
---
class A(E.Enum):
    X = E.auto()
    Y = E.auto()
    Z = 'z'
    W = E.auto()
result = list(A), A.W.value
---
@E.unique
class U(E.Enum):
    A = 1
    B = 1
    C = 2
    D = 2
---
@E.unique
class U(E.Enum):
    A = 1
    B = 2
result = list(U)
---
class Planet(E.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.4e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self): return self.mass / self.radius ** 2
result = Planet.EARTH, Planet.EARTH.mass, repr(Planet.MARS), Planet((6.4e23, 3.39e6)), round(Planet.EARTH.g, 3), Planet.EARTH.value
---
F = E.Enum('F', 'A B C')
result = list(F), repr(F.A), F.__name__
---
G = E.Enum('G', [('X', 10), ('Y', 20)])
result = list(G)
---
G = E.Enum('G', {'X': 'x', 'Y': 'y'})
result = list(G)
---
G = E.IntEnum('G', 'A, B', start=5)
result = list(G)
---
class M(int, E.Enum):
    A = 1
result = repr(M.A), str(M.A), format(M.A), f'{M.A}', M.A + 1
---
class St(str, E.Enum):
    A = 'a'
result = repr(St.A), str(St.A), St.A == 'a', f'{St.A}'
---
class Color(E.Enum):
    RED = 1
    GREEN = 2
result = dir(Color), dir(Color.RED)
---
class E2(E.Enum):
    A = 1
    def describe(self): return self.name.lower()
    @classmethod
    def first(cls): return cls.A
    @staticmethod
    def s(): return 's'
result = E2.A.describe(), E2.first(), repr(E2.A), E2.s(), list(E2)
---
class Color(E.Enum):
    RED = 1
result = copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED, Color.RED.__reduce_ex__(4)
---
class Mi(E.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
result = Mi(99)
---
class Mi(E.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return 5
Mi(99)
---
class Base(E.Enum):
    def hello(self): return 'hi ' + self.name
class D(Base):
    A = 1
result = D.A.hello(), dict(D.__members__)
---
class X(E.Enum):
    A = 1
    _ignore_ = 'B'
    B = 5
result = list(X), hasattr(X, 'B')
---
class X(E.Enum):
    _d_ = 4
---
class Color(E.Enum):
    RED = 1
Color.RED.name = 'x'
---
class C(E.Enum):
    A = 1
    B = 'two'
    C = [1]
result = C([1]), C('two'), C.C.value
---
class Shape(E.IntEnum):
    SQUARE = 2
    CIRCLE = 3
result = Shape.SQUARE * 2, Shape(3), [s for s in Shape], Shape.SQUARE == Shape(2), str(Shape.CIRCLE), '%s %d' % (Shape.SQUARE, Shape.CIRCLE)
---
class Perm(E.IntFlag):
    R = 4
    W = 2
    X = 1
result = repr(Perm.R | Perm.W), Perm.R | Perm.W | Perm.X == 7, repr(Perm(0)), Perm.R in Perm(7), repr(Perm(7) & ~Perm.W)
---
result = E.EnumMeta is E.EnumType, E.Enum.__module__, repr(E.auto(5))
---
class O(E.Enum):
    A = 1
    B = 2
    def __lt__(self, other): return self.value < other.value
result = sorted([O.B, O.A])
---
class Color(E.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED:
        result = 'r'
    case Color.GREEN:
        result = 'g'
'''
c.cases(CASES, {'E': real, 'copy': copy}, {'E': mine, 'copy': copy}, norm)
ok = c.report()
sys.exit(0 if ok else 1)
