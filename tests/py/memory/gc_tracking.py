import gc

class A:
    pass

def f():
    pass

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(b"x"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(A()), gc.is_tracked(object()), gc.is_tracked(A), gc.is_tracked(int), gc.is_tracked(f))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(f.__code__))
d = {}
print(gc.is_tracked(d))
d["k"] = 1
print(gc.is_tracked(d))
d["l"] = [1]
print(gc.is_tracked(d))
x = 5
t = (x, "a")
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
t2 = ([],)
gc.collect()
print(gc.is_tracked(t2))
print(gc.is_tracked(A().__init__), gc.is_tracked(len), gc.is_tracked(iter([])))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(type(gc.get_stats()), len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.garbage, gc.callbacks)
o = A()
print(gc.is_finalized(o))
print(len(gc.get_referents([1, 2, "x"])), gc.get_referents([1, 2]) == [1, 2])
lst = [o]
print(any(r is lst for r in gc.get_referrers(o)))
print(gc.get_freeze_count())
