# Errors that cannot propagate go through sys.unraisablehook (default:
# sys.__unraisablehook__, which writes to sys.stderr).
import io, sys, weakref

print(sys.unraisablehook is sys.__unraisablehook__, sys.__unraisablehook__)


class A:
    def __del__(self):
        raise ValueError("boom")


seen = []


def hook(u):
    seen.append(u)
    print("hook:", type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg,
          u.object is A.__del__, type(u.exc_traceback).__name__)


sys.unraisablehook = hook
a = A(); del a
print(len(seen), seen[0][:2] == (ValueError, seen[0].exc_value))
sys.unraisablehook = sys.__unraisablehook__

old = sys.stderr
sys.stderr = io.StringIO()
a = A(); del a
text = sys.stderr.getvalue()
sys.stderr = old
lines = text.splitlines()
print(len(lines), lines[0][:40], lines[1], lines[-1])

sys.stderr = None
a = A(); del a
sys.stderr = old
print("nothing written when stderr is None")


def bad_hook(u):
    raise RuntimeError("hook failed")


sys.unraisablehook = bad_hook
a = A(); del a
sys.unraisablehook = sys.__unraisablehook__


class E(Exception):
    pass


class B:
    def __del__(self):
        raise E()


b = B(); del b


class W:
    pass


w = W()


def cb(r):
    1 / 0


r = weakref.ref(w, cb)
del w


def g():
    try:
        yield 1
    finally:
        raise KeyError(3)


x = g(); next(x); del x
print("done")
