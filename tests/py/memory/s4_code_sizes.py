# sys.getsizeof of code objects: CPython 3.11's layout with inline caches.
import sys
def f(): pass
def g(a, b):
    x = a + b
    return x * 2
def h():
    fr = sys._getframe()
    return fr
def gen():
    yield 1
class K:
    def m(self, a):
        return self.x[a] < a.y
print(sys.getsizeof(f.__code__), sys.getsizeof(g.__code__), sys.getsizeof(h.__code__))
print(sys.getsizeof(gen.__code__), sys.getsizeof(K.m.__code__), sys.getsizeof((lambda: len([1])).__code__))
