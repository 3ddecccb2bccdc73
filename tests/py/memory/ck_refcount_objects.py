# sys.getrefcount with attributes, containers, self in method calls,
# bound methods, class attributes, slots and properties.
import sys
rc = sys.getrefcount


class Obj:
    pass


def show(label, n):
    print(f"{label:40} {n}")


o = Obj()
holder = Obj()
holder.attr = o
show("instance attribute", rc(o))
holder.other = o
show("two attributes", rc(o))
del holder.other
show("after del attribute", rc(o))
holder.__dict__["d"] = o
show("stored through __dict__", rc(o))
del holder.__dict__["d"]
lst = [o]
show("list element", rc(o))
lst.append(o)
show("twice in a list", rc(o))
lst.pop()
show("after pop", rc(o))
lst.clear()
t = (o, o, o)
show("three times in a tuple", rc(o))
del t
d = {"k": o}
show("dict value", rc(o))
d2 = {o: 1}
show("dict key (plus value)", rc(o))
del d, d2
s = {o}
show("set element", rc(o))
s.discard(o)
show("after discard", rc(o))
nested = [[o], (o,), {"x": o}]
show("nested containers", rc(o))
del nested
copy = lst[:]
show("list slice copy (empty)", rc(o))
lst2 = [o] * 4
show("list repeated four times", rc(o))
del lst2


class Meth:
    def count_self(self):
        return rc(self)

    def count_arg(self, x):
        return rc(x)

    @classmethod
    def count_cls(cls):
        return rc(cls)

    @staticmethod
    def count_static(x):
        return rc(x)


m = Meth()
show("self in a method call", m.count_self())
show("self via the class", Meth.count_self(m))
bm = m.count_self
show("self held by a bound method", rc(m))
show("call through the bound method", bm())
del bm
show("argument of a method", m.count_arg(o))
show("argument of a static method", Meth.count_static(o))


class ClassAttr:
    shared = Obj()


show("class attribute", rc(ClassAttr.shared))
ca = ClassAttr()
show("class attribute via an instance", rc(ca.shared))


class Slotted:
    __slots__ = ("a", "b")


sl = Slotted()
sl.a = o
show("__slots__ attribute", rc(o))
sl.b = o
show("two __slots__ attributes", rc(o))
del sl
show("after the slotted object dies", rc(o))


class Prop:
    def __init__(self):
        self._v = Obj()

    @property
    def v(self):
        return self._v


p = Prop()
show("returned by a property", rc(p.v))
pv = p.v
show("property result stored", rc(pv))
