# A weakref's callback is taken out of it before it runs when the referent
# dies by reference counting; the collector's path leaves it in place.
import weakref, gc
class A: pass
def cb(r):
    print("in callback: __callback__ is", None if r.__callback__ is None else "cb" if r.__callback__ is cb else "?")
a = A()
r = weakref.ref(a, cb)
print(r.__callback__ is cb)
del a
print("after refcount death:", r.__callback__)
b = A(); b.self = b
r2 = weakref.ref(b, cb)
del b
gc.collect()
print("after collection:", r2.__callback__ is cb)
# A callback that drops the last reference to its own weakref.
holder = {}
def drop(r):
    print("dropping", r is holder.get("r"))
    holder.clear()
c = A()
holder["r"] = weakref.ref(c, drop)
del c
print(holder)
