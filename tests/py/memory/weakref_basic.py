import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%r)" % self.name

n = Node("a")
r = weakref.ref(n)
print(r() is n, r() == n)
print(weakref.ref(n) is r)
print(weakref.getweakrefcount(n), weakref.getweakrefs(n) == [r])
print(r.__callback__)
print(hash(r) == hash(n))
r2 = weakref.ref(n, lambda w: print("callback 2", w() is None))
r3 = weakref.ref(n, lambda w: print("callback 3", w is r3))
print(weakref.getweakrefcount(n))
print(r == r2, r != r2, r2 is r)
print(type(r).__name__, isinstance(r, weakref.ref), isinstance(r, weakref.ReferenceType))
rep = repr(r)
print(rep.startswith("<weakref at 0x"), "to 'Node' at 0x" in rep)
del n
print("after del")
print(r(), r2(), r3())
print(repr(r).endswith("; dead>"))
print(weakref.getweakrefcount(r))
try:
    hash(weakref.ref(Node("x")))
except TypeError as e:
    print("TypeError:", e)
m = Node("m")
rm = weakref.ref(m)
h = hash(rm)
del m
print(hash(rm) == h)
print(rm == r, rm == rm)
for x in [1, "s", (), [], {}, 2.5, b"b", None, object()]:
    try:
        weakref.ref(x)
    except TypeError as e:
        print(e)
def f():
    pass
print(repr(weakref.ref(f)).endswith(" (f)>"))
print(weakref.ref(f)() is f, weakref.ref(Node)() is Node)
s = {1}
print(weakref.ref(frozenset(s)) is not None)

class Slotted:
    __slots__ = ("a",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
class SlottedW:
    __slots__ = ("a", "__weakref__")
print(weakref.ref(SlottedW())())

# callbacks in a cycle collected by gc
a = Node("cyc"); a.me = a
ra = weakref.ref(a, lambda w: print("cycle callback"))
del a
print("collect:", gc.collect())
print(ra())
