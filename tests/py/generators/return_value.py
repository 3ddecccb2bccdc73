def gen():
    yield 1
    return "the end"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))
def empty():
    return 5
    yield
print(list(empty()))
def raises_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
