# atexit: functions run last-registered first before the modules go; an
# exception is reported as unraisable and the others still run.
import atexit


def f(a, b=2):
    print("f", a, b)


def g():
    1 / 0


class Holder:
    def __del__(self):
        print("Holder.__del__ after atexit")


h = Holder()
print(atexit.register(f, 1, b=3) is f)
atexit.register(g)
atexit.register(print, "registered last, runs first")
atexit.register(print, "unregistered")
atexit.unregister(print)
atexit.register(print, "runs first")
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("end")
