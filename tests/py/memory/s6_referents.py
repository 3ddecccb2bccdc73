# gc.get_referents: the type names (and count) of what each object's
# tp_traverse visits, in CPython 3.11's order.
import gc
import sys


def show(label, obj):
    names = [type(x).__name__ for x in gc.get_referents(obj)]
    print(f"{label}: {len(names)} {names}")


# Functions: the dict appears at its place once an attribute is set.
def f():
    pass


show("function", f)
f.x = 1
show("function+attr", f)
print("same dict:", f.__dict__ is f.__dict__, type(f.__dict__).__name__, f.__dict__)


def g(a, b=2, *, c=3) -> int:
    "doc"
    return a


show("function defaults/doc", g)
g.__annotations__
show("function after __annotations__", g)
h = lambda: 0
show("lambda", h)
h.__dict__
show("lambda after __dict__", h)


def outer():
    v = [1]

    def inner():
        return v

    return inner


inner = outer()
show("closure", inner)
show("closure tuple", inner.__closure__)
show("cell", inner.__closure__[0])

# Descriptors.
show("staticmethod", staticmethod(f))
show("classmethod", classmethod(f))
show("property", property(f))
show("property(doc)", property(g))
show("property(None)", property())
sm = staticmethod(g)
print("staticmethod dict:", sorted(sm.__dict__))


class C:
    @staticmethod
    def s():
        pass

    @classmethod
    def k(cls):
        pass

    @property
    def p(self):
        return 1

    def m(self):
        pass


show("class staticmethod", C.__dict__["s"])
show("class classmethod", C.__dict__["k"])

c = C()
show("bound method", c.m)
show("instance", c)
c.a = 1
show("instance+attr", c)
c.__dict__
show("instance+__dict__", c)

# Exceptions.
e = ValueError("x")
show("exception", e)
e.note = 1
show("exception+attr", e)


class E(Exception):
    pass


e2 = E()
show("exception subclass", e2)
e2.a = 1
show("exception subclass+attr", e2)
try:
    raise E("boom") from ValueError("cause")
except E as err:
    show("raised exception", err)
    show("traceback", err.__traceback__)


# Instances of subclasses of builtins.
class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class I(int):
    pass


for cls, args in ((L, ([1, 2],)), (D, ({"k": 1},)), (T, ((1, 2),)), (I, (5,))):
    o = cls(*args)
    show(cls.__name__, o)
    o.attr = [1]
    show(cls.__name__ + "+attr", o)
    print("  dict", o.__dict__ is o.__dict__, o.__dict__)


# Frames.
show("module frame", sys._getframe())


def running():
    x = 1
    return [type(o).__name__ for o in gc.get_referents(sys._getframe())]


print("running frame:", running())


def finished(a):
    b = [a]
    return sys._getframe()


show("finished frame", finished(1))


def with_locals(x):
    y = x
    fr = sys._getframe()
    fr.f_locals
    return fr


show("finished frame+f_locals", with_locals(2))


def gen():
    yield 1
    yield 2


gg = gen()
show("generator", gg)
show("generator frame", gg.gi_frame)
next(gg)
show("generator started", gg)
show("generator frame started", gg.gi_frame)
gg.close()
show("generator closed", gg)

# Modules and containers.
show("module", gc)
show("list", [1, "a", None])
show("tuple", (1, [], {}))
show("dict str keys", {"a": 1, "b": []})
show("dict int keys", {1: "a", 2: ()})
show("set", {1})
show("type instance C", C)
