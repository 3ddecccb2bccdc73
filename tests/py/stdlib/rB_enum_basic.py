# Enum, IntEnum, StrEnum: members, lookups, reprs, errors, functional API.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__ + ':', exc)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(list(Color), len(Color), Color.CRIMSON is Color.RED)
print(repr(Color.RED), str(Color.RED), f'{Color.BLUE}', format(Color.GREEN, '>12') + '|')
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, Color.RED.describe(), Color.default())
print(dict(Color.__members__))
print(list(reversed(Color)), Color.RED in Color, repr(Color), type(Color).__name__)
print({Color.RED: 'r'}[Color.CRIMSON], Color.RED == 1, Color.RED.BLUE)
print(dir(Color))
print(dir(Color.RED))
show('bad value', lambda: Color(7))
show('bad name', lambda: Color['PINK'])
show('compare', lambda: Color.RED < Color.BLUE)
show('reassign', lambda: setattr(Color, 'RED', 5))
show('delete', lambda: delattr(Color, 'RED'))
show('set name', lambda: setattr(Color.RED, 'name', 'x'))


def extend():
    class More(Color):
        PINK = 4
show('extend', extend)


def redefine():
    class Bad(Enum):
        A = 1
        A = 2
show('redefine', redefine)


def sunder():
    class Bad(Enum):
        _x_ = 1
show('sunder', sunder)


class Number(IntEnum):
    ONE = 1
    TWO = auto()
    THREE = auto()


print(repr(Number.TWO), str(Number.TWO), f'{Number.THREE}', Number.ONE + 1, Number(2) is Number.TWO)
print(sorted([Number.THREE, Number.ONE]), Number.TWO * 3, '%d|%s' % (Number.ONE, Number.TWO), format(Number.ONE, '03d'))
print(isinstance(Number.ONE, int), Number.ONE == 1, hash(Number.ONE) == hash(1))


class Word(StrEnum):
    HELLO = auto()
    WORLD = 'planet'


print(repr(Word.HELLO), str(Word.HELLO), Word.WORLD.upper(), Word('planet'), Word.HELLO + '!')


def not_str():
    class Bad(StrEnum):
        A = 1
show('strenum int', not_str)


@unique
class Fine(Enum):
    A = 1
    B = 2


def dup():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
show('unique', dup)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Mixed(Enum):
    X = 'x'
    Y = auto()
    Z = 'z'
    W = auto()


print(list(Mixed))


class Fallback(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return cls.A if value == 'a' else None


print(Fallback('a'))
show('missing none', lambda: Fallback('b'))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__)
Pairs = Enum('Pairs', [('X', 10), ('Y', 20)])
print(list(Pairs), Pairs(20))
Mapped = IntEnum('Mapped', {'LOW': 1, 'HIGH': 9})
print(list(Mapped), Mapped.HIGH + 1)
Started = Enum('Started', 'A, B', start=10)
print(list(Started))


class WithIgnore(Enum):
    _ignore_ = 'tmp'
    ONE = 1
    tmp = 5


print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))



class Nested(Enum):
    A = 1

    class Inner:
        pass


print(list(Nested))

import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE, Color.RED.__reduce_ex__(4))
print(enum.EnumMeta is enum.EnumType, Enum.__module__, repr(auto(5)))
