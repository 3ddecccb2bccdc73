# sys.getrefcount inside __init__, __new__, __call__ and __del__: calling a
# class or a callable instance packs the arguments into a tuple (CPython's
# _PyObject_MakeTpCall), held for the whole call; __del__ gets self alone.
import sys
rc = sys.getrefcount


class Obj:
    pass


def show(label, n):
    print(f"{label:40} {n}")


o = Obj()


class Init:
    def __init__(self, v):
        show("__init__ argument", rc(v))
        show("__init__ self", rc(self))
        self.v = v


i = Init(o)
show("stored by __init__", rc(o))
del i


class KwInit:
    def __init__(self, v=None):
        show("__init__ keyword argument", rc(v))


KwInit(v=o)
KwInit(o)


class New:
    def __new__(cls, v):
        show("__new__ argument", rc(v))
        return super().__new__(cls)

    def __init__(self, v):
        show("__init__ after __new__", rc(v))


New(o)


class Callable:
    def __call__(self, v):
        show("__call__ argument", rc(v))
        show("__call__ self", rc(self))


c = Callable()
c(o)


class Del:
    def __del__(self):
        show("self inside __del__", rc(self))


d = Del()
del d
Del()


def plain(v):
    return rc(v)


show("plain function, for comparison", plain(o))


class ListSub(list):
    pass


class IterOnce:
    def __iter__(self):
        show("self in __iter__ from a subclass", rc(self))
        return iter(())


ListSub(IterOnce())


class Meta(type):
    def __call__(cls, v):
        show("metaclass __call__ argument", rc(v))
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


WithMeta(o)
show("final count", rc(o))
