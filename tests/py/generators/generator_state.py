def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_frame is not None, it.gi_suspended if hasattr(it, "gi_suspended") else "n/a")
next(it)
print(it.gi_running, it.gi_frame is not None)
list(it)
print(it.gi_running, it.gi_frame is None)
print(it.__name__, it.__qualname__, iter(it) is it, type(it).__name__)
def reentrant():
    yield next(gen)
gen = reentrant()
try:
    next(gen)
except ValueError as e:
    print(e)
