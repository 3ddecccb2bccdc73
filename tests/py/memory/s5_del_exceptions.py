# Exceptions raised by __del__ (reference counting, the collector, a
# generator's finally) go to sys.unraisablehook with their traceback; the
# exception being handled outside is left alone.
import gc, sys, traceback

def hook(u):
    obj = getattr(u.object, "__qualname__", type(u.object).__name__)
    print("unraisable:", u.err_msg, obj, u.exc_type.__name__, u.exc_value)
    for line in traceback.format_tb(u.exc_traceback):
        print(" ", line.rstrip().replace("\n", " |"))
sys.unraisablehook = hook

def helper(x):
    return 1 // x
class E:
    def __del__(self):
        helper(0)
e = E()
del e

class F:
    def __del__(self):
        raise KeyError("k")
f = F(); f.me = f
del f
print("collected", gc.collect() >= 1)

def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")
g = gen(); next(g)
del g

class G:
    def __del__(self):
        print("G del sees", sys.exc_info()[0].__name__)
        raise ValueError("from G")
try:
    raise TypeError("outer")
except TypeError:
    gg = G()
    del gg
    print("still handling", sys.exc_info()[0].__name__)

class R:
    saved = []
    def __del__(self):
        R.saved.append(self)
        raise IndexError("resurrected then raised")
r = R(); r.me = r
del r
print("collected", gc.collect() >= 1, len(R.saved), gc.is_finalized(R.saved[0]))
R.saved.clear()
print("collected", gc.collect() >= 1)
print("end")
