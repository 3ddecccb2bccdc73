# f(*x): a TypeError raised while iterating x passes through; only a non-iterable gets CPython's 'argument after *' message.
import sys
def f(*a, **k): return a, k
print(f(*[1, 2], **{"x": 3}), f(*range(3)), f(*(1,)))
try: f(*5)
except TypeError as e: print(e)
def g(): raise TypeError("inner")
class It:
    def __iter__(self): g()
try: f(*It())
except TypeError as e: print(e)
x = [1, 2]
print(sys.getrefcount(x))
f(*x)
print(sys.getrefcount(x))
