import gc

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = D("a"); b = D("b"); a.other = b; b.other = a
del a, b
print("collected:", gc.collect())
print("again:", gc.collect())

# resurrection: the finalizer stores self globally
saved = []
class R:
    def __del__(self):
        print("R.__del__")
        saved.append(self)
r = R(); r.me = r
del r
print("resurrect:", gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("after clear:", gc.collect())

# __del__ runs once
class Once:
    def __del__(self):
        print("Once.__del__")
o = Once(); o.me = o
del o
gc.collect()
print("done once")

# refcount deallocation still immediate
d = D("plain")
del d
print("after plain")

# callbacks
def cb(phase, info):
    print("cb", phase, sorted(info.items()))
gc.callbacks.append(cb)
gc.collect()
l = []; l.append(l); del l
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
print(gc.get_stats()[1]["collections"] > 0)

# DEBUG_SAVEALL keeps garbage
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l); del l
print("saveall:", gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
