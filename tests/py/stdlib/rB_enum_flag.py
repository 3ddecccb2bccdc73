# Flag and IntFlag: combination, iteration, boundaries and reprs.
from enum import Flag, IntFlag, auto, CONFORM, EJECT, KEEP, STRICT, FlagBoundary


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__ + ':', exc)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(list(Perm), len(Perm), list(Perm.__members__))
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.X), repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(repr(~Perm.R), repr(Perm(7)), repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.X))
print(Perm.R in (Perm.R | Perm.W), list(Perm.R | Perm.X), len(Perm(7)))
show('strict', lambda: Perm(8))
show('not int', lambda: Perm(1.5))
show('or int', lambda: Perm.R | 1)
show('in int', lambda: 1 in Perm.R)


class Auto(Flag):
    A = auto()
    B = auto()
    C = auto()


print([m.value for m in Auto], repr(~(Auto.A | Auto.B)), (Auto.A | Auto.C).name, Auto(0).name)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), Eject(7), repr(Eject(3)), repr(Keep(7)), str(Keep(7)), repr(Keep(4)))
print(list(Keep(7)), repr(~Keep.A), Keep._boundary_, list(FlagBoundary))


class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


print(repr(Mode.READ | Mode.WRITE), str(Mode.READ | Mode.WRITE), Mode.READ | 8, repr(Mode(8)))
print(repr(~Mode.READ), repr(Mode(0)), repr(~Mode(0)), repr(Mode(-1)), Mode.READ + 1)
print(repr(3 | Mode.EXEC), type(Mode.READ | Mode.WRITE).__name__, f'{Mode.READ | Mode.EXEC}', format(Mode.WRITE, '04b'))
print(Mode.READ in Mode(3), [m.name for m in Mode(7)], Mode(5).name)


class Zero(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3


print(list(Zero), repr(Zero(0)), repr(~Zero.AB), repr(Zero.A | Zero.B), Zero.NONE in Zero.A)


class Order(Flag):
    C = 4
    A = 1
    B = 2


print(repr(Order(7)), list(Order(7)), list(Order))


def bad_auto():
    class Bad(Flag):
        A = 'x'
        B = auto()
show('bad auto', bad_auto)
print(repr(Flag('Dyn', 'P Q R')(6)))
