import inspect
def g():
    yield 1
    yield 2
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it), it.gi_running)
list(it)
print(inspect.getgeneratorstate(it))
print(it.__name__, it.__qualname__, iter(it) is it)
def reentrant():
    yield next(gen)
gen = reentrant()
try:
    next(gen)
except ValueError as e:
    print(e)
