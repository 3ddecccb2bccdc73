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
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v)).replace('py_enum', 'enum')


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
---
class C(E.Enum):
    A = 1
    def describe(self): return 1
    @property
    def loud(self): return 2
result = dir(C.A), dir(C), C.A.loud
---
class C(E.Enum):
    A = 1
    A = 2
---
class C(E.Enum):
    A = 1
    def A(self): pass
---
class P(E.Flag, boundary=E.CONFORM):
    R = 1
    W = 2
result = repr(P(7)), repr(P(4))
---
class P(E.Flag, boundary=E.EJECT):
    R = 1
    W = 2
result = P(7), repr(P(3))
---
class P(E.Flag, boundary=E.KEEP):
    R = 1
    W = 2
result = repr(P(7)), str(P(7)), list(P(7)), repr(~P.R), repr(P(4)), len(P(7))
---
class P(E.Flag):
    R = 1
    W = 2
    RW = 3
    Z = 0
result = list(P), list(P.__members__), repr(P.Z), repr(P(0)), P.RW in P.R, P.R in P.RW, len(P.RW), repr(~P.RW), repr(P.R & P.W), len(P), P(3).name, P.RW.name
---
class P(E.Flag):
    C = 4
    A = 1
    B = 2
result = repr(P(7)), list(P(7)), repr(~P.A), list(P)
---
class W(E.Flag):
    A = 1
    C = 4
W(2)
---
class W(E.Flag):
    A = 'x'
    B = E.auto()
---
class Q(E.IntFlag):
    A = E.auto()
    B = E.auto()
    C = E.auto()
result = repr(Q(8)), repr(~Q.A), repr(Q(0)), repr(~Q(0)), repr(Q(-1)), repr(Q(-9)), str(Q(8)), Q.A in Q(3), format(Q.B, '04b'), Q.A.name, (Q.A | Q.B).name, Q(0).name
---
class X(E.Enum):
    name = 1
    value = 2
result = X.name, X.name.name, X.value.value, X.value.name, list(X)
---
class Y(E.Enum):
    A = 1
    B = 'b'
    C = E.auto()
result = list(Y)
---
class Z(E.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count) + str(last_values)
    A = E.auto()
    B = E.auto()
result = list(Z)
---
class Z(E.Enum):
    A = E.auto(), 2
    B = 3, E.auto()
result = list(Z)
---
class Z(E.Enum):
    A = 1
    def _generate_next_value_(name, start, count, last_values):
        return 5
---
class Z(E.Enum):
    A = E.auto()
    def _generate_next_value_(name, start, count, last_values):
        return 5
---
class S(E.StrEnum):
    A = 1
---
class S(E.StrEnum):
    A = E.auto()
    BB = E.auto()
result = repr(S.A), str(S.A), S.BB.value, S.A + 'x', format(S.A, '>4'), S('bb')
---
result = E.Enum('X', 'A,B C', start=0), list(E.Enum('X', ['A', 'B'])), E.Enum('X', 'A B').__module__, E.Enum('X', 'A B', qualname='Q.X').__qualname__, E.Enum('X', 'A B', type=int).A + 1, list(E.Flag('X', 'A B C')), repr(E.Enum('X', [('A', (1, 2))]).A), list(E.StrEnum('S', 'AB CD'))
---
E.Enum(1)
---
result = E.Enum.__members__, list(E.Enum), repr(E.Enum), repr(E.Flag), repr(E.IntFlag), repr(E.StrEnum), len(E.Enum)
---
class Mi(E.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        raise KeyError('x')
Mi(3)
---
class C(E.Enum):
    A = 1
    _C__p = 5
    class N:
        pass
    __x__ = 3
result = list(C), C.__doc__, C._C__p, C.__x__
---
class C(E.Enum):
    _order_ = 'A B'
    B = 2
    A = 1
---
class C(E.Enum):
    _order_ = 'A B'
    A = 1
    B = 2
result = list(C)
---
@E.verify(E.UNIQUE)
class C(E.Enum):
    A = 1
    B = 1
---
@E.verify(E.CONTINUOUS)
class C(E.Enum):
    A = 1
    B = 3
---
@E.verify(E.UNIQUE, E.CONTINUOUS)
class C(E.Enum):
    A = 1
    B = 2
result = list(C), repr(E.UNIQUE), repr(E.STRICT), list(E.FlagBoundary), E.show_flag_values(13)
---
class Planet(E.Enum):
    A = 1
    B = 2
result = [str(m) + repr(m) for m in reversed(Planet)], Planet.A.__reduce_ex__(2), Planet.A._sort_order_, Planet.B._sort_order_, Planet._value2member_map_, Planet.A.__objclass__
---
class C(E.Enum):
    A = 1
C.A.name = 'x'
---
class C(E.Enum):
    A = 1
C.A.value = 'x'
---
class C(E.Enum):
    A = 1
C.B = 3
result = C.B, list(C)
---
class C(E.IntEnum):
    A = 1
    B = 2
result = C.A | C.B, C.A + C.B, hash(C.A) == hash(1), {1: 'x'}[C.A], C.A == 1.0, int(C.B), float(C.A), C.B // 2, -C.A, str(C.A), '{}'.format(C.B), '%d' % C.B, repr(C.A)
---
class St(str, E.Enum):
    A = 'a'
result = repr(St.A), str(St.A), format(St.A), f'{St.A:>5}'
---
class F(float, E.Enum):
    A = 1.5
result = repr(F.A), str(F.A), format(F.A), F.A * 2
---
class C(E.Enum):
    A = [1]
    B = [1]
    C = {2: 3}
result = C.B is C.A, C([1]), C({2: 3}), list(C), C._unhashable_values_
---
class Mix:
    def hello(self):
        return 'hi ' + self.name
class C(Mix, E.Enum):
    A = 1
result = C.A.hello(), repr(C.A), C._member_type_
---
class Base(E.Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
class C(Base):
    A = 1, 'one'
    B = 2, 'two'
result = C(1), C.B.label, list(C), C(2).label
---
class C(E.IntEnum):
    A = 'x'
---
class C(int, E.ReprEnum):
    A = 1
result = str(C.A), repr(C.A)
---
class C(E.ReprEnum):
    A = 1
---
class Ex(E.Enum):
    A = 1
class Bad(int, Ex):
    pass
---
class C(E.Enum):
    _ignore_ = ['tmp', 'i']
    tmp = vars()
    for i in range(3):
        tmp['V%d' % i] = i
result = list(C), hasattr(C, 'tmp')
---
class P(E.IntFlag):
    A = 1
    B = 2
result = P.A + 1, P.A | 4, 4 | P.A, repr(4 & P(5)), repr(P.A ^ 3), P.B << 1, bool(P(0)), [repr(x) for x in P(3)]
---
class P(E.Flag):
    A = E.auto()
    B = E.auto()
1 | P.A
---
@E._simple_enum(E.IntFlag, boundary=E.KEEP)
class RF:
    A = 1
    B = 2
    __str__ = object.__str__
    _numeric_repr_ = hex
result = repr(RF.A | RF.B), repr(RF(8)), repr(RF.A | 16), str(RF.A), list(RF), type(RF).__name__, RF.__module__
---
class G(E.Enum):
    A = 1
    B = 2
E.global_enum(G)
result = repr(G.A), str(G.B), G.__module__
---
class GF(E.Flag):
    A = 1
    B = 2
E.global_enum(GF)
result = repr(GF.A), repr(GF.A | GF.B), repr(GF(0)), str(GF.A | GF.B)
---
@E.verify(E.NAMED_FLAGS)
class NF(E.Flag):
    A = 1
    B = 2
    ABC = 7
---
@E.verify(E.CONTINUOUS)
class CF(E.Flag):
    A = 1
    C = 4
---
class Shape(E.Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
result = Shape.ALIAS_FOR_SQUARE, Shape(2).name, [m.name for m in Shape], list(Shape.__members__.items())[-1]
---
class Color(E.Enum):
    RED = 1
result = Color.RED.__class__.__mro__, Color.__mro__, Color._member_type_, Color._value_repr_, Color._use_args_, Color._new_member_ is object.__new__
---
class I(E.IntEnum):
    A = 1
result = I._member_type_, I._use_args_, I.A.__reduce_ex__(4), I.__str__ is int.__repr__, I.A.real, I.A.numerator
---
class Ti(E.Enum):
    A = 1
    B = 2
result = Ti.A.__hash__() == hash('A'), sorted(Ti, key=lambda m: -m.value), Ti.B > Ti.A if False else 0, Ti.A.__eq__(1), Ti.A != Ti.B
---
class T1(tuple, E.Enum):
    A = (1, 2)
    B = (3, 4)
result = T1.A, T1.A[0], T1((3, 4)), len(T1.B)
---
class S3(str, E.Enum):
    def __new__(cls, value, label):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    A = 'a', 'first'
    B = 'b', 'second'
result = S3('a'), S3.B.label, S3.A == 'a', S3.A.upper(), repr(S3.B)
---
class Kw(E.Enum):
    def __init_subclass__(cls, **kw):
        cls.extra = kw
        super().__init_subclass__()
class Kw2(Kw, flag=1):
    A = 1
result = Kw2.extra, list(Kw2)
---
result = E.Enum('Q', 'A B', module='mymod').__module__, E.Enum('Q', 'A B', boundary=None).A, list(E.IntFlag('IF', 'X Y Z')), repr(E.IntFlag('IF', 'X Y')(3))
---
@E.verify(E.NAMED_FLAGS)
class NF(E.Flag):
    A = 1
    B = 2
    AC = 5
    BD = 10
---
@E.verify(E.NAMED_FLAGS)
class NF(E.Flag):
    A = 1
    B = 2
    AC = 5
    BC = 6
---
@E.verify(E.CONTINUOUS)
class C(E.Enum):
    A = 1
    B = 4
    C = 7
---
class GI(E.IntFlag):
    A = 1
    B = 2
E.global_enum(GI)
result = repr(GI.A), repr(GI.A | GI.B), repr(GI(0)), str(GI.A | GI.B), repr(GI(8))
'''
c.cases(CASES, {'E': real, 'copy': copy}, {'E': mine, 'copy': copy}, norm)
ok = c.report()
sys.exit(0 if ok else 1)
