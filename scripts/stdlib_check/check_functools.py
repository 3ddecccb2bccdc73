#!/usr/bin/env python3
"""Compare src/stdlib/functools with CPython's functools."""
import functools as real
import re
import sys
from harness import load, Checker

mine = load('functools')
c = Checker('functools')
R = {'ft': real}
M = {'ft': mine}


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v))


CASES = r'''
ft.reduce(lambda a, b: a + b, [1, 2, 3])
---
ft.reduce(lambda a, b: a + b, [], 5)
---
ft.reduce(lambda a, b: a + b, [])
---
ft.reduce(lambda a, b: a + b, [1])
---
ft.reduce(lambda a, b: a + b, 5)
---
ft.reduce()
---
def f(a, b=2, *c, **d): return (a, b, c, d)
result = ft.partial(f, 1, b=3)
---
def f(a, b=2, *c, **d): return (a, b, c, d)
result = ft.partial(f, 1, b=3)(4, 5, e=6)
---
def f(a, b=2, *c, **d): return (a, b, c, d)
result = ft.partial(ft.partial(f, 1), 2, x=1)
---
def f(a, b=2, *c, **d): return (a, b, c, d)
p = ft.partial(f, 1); result = p.func is f, p.args, p.keywords
ft.partial(len)
---
ft.partial()
---
ft.partial(1)
---
ft.partial(f=1)
---
class P(ft.partial): pass
result = repr(P(len, 'ab'))[:30], P(len, 'ab')()
---
@ft.lru_cache
def g(x): return x * 2
result = g(1), g(1), g(2), g.cache_info()
---
@ft.lru_cache()
def g(x): return x * 2
result = [g(i % 3) for i in range(10)], g.cache_info()
---
@ft.lru_cache(maxsize=2)
def g(x): return x * 2
result = [g(i) for i in (1, 2, 1, 3, 2, 1, 1)], g.cache_info()
---
@ft.lru_cache(maxsize=None)
def g(x, y=1): return x * y
result = g(1), g(1, y=1), g(1, 1), g.cache_info()
---
@ft.lru_cache(maxsize=0)
def g(x): return x
result = g(1), g(1), g.cache_info()
---
@ft.lru_cache(typed=True)
def g(x): return x
result = g(1), g(1.0), g(True), g.cache_info()
---
@ft.lru_cache
def g(x): return x
result = g(1), g(1.0), g.cache_info()
---
@ft.lru_cache
def g(x): return x
g(1); g.cache_clear(); result = g.cache_info()
@ft.lru_cache
def g(x): return x
result = g.cache_parameters()
---
@ft.lru_cache
def g(x):
    "doc"
    return x
result = g.__name__, g.__doc__, g.__wrapped__.__name__, g.__qualname__
---
@ft.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
result = fib(80), fib.cache_info()
---
ft.lru_cache('x')
---
ft.lru_cache(-5)(len).cache_info()
---
@ft.lru_cache
def g(x): return x
g([1])
---
@ft.cache
def g(x): return x + 1
result = g(1), g(1), g.cache_info()
---
class A:
    @ft.lru_cache
    def m(self, x): return (self.__class__.__name__, x)
a = A(); result = a.m(1), a.m(1), A.m.cache_info()
def deco(f):
    @ft.wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def h(x):
    "hdoc"
    return x
result = h.__name__, h.__doc__, h.__wrapped__.__name__, h(3), h.__qualname__
---
def w(): pass
def x(): pass
x.attr = 1
ft.update_wrapper(w, x); result = w.attr, w.__name__
ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES
---
class A:
    n = 0
    @ft.cached_property
    def x(self):
        A.n += 1
        return A.n
a = A(); result = a.x, a.x, A.n, a.__dict__
class A:
    @ft.cached_property
    def x(self): return 1
result = type(A.x).__name__
---
class A:
    __slots__ = ()
    @ft.cached_property
    def x(self): return 1
A().x
---
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
result = [V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) > V(1), V(1) < V(2)]
---
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __ge__(self, o): return self.v >= o.v
    def __eq__(self, o): return self.v == o.v
result = [V(1) > V(2), V(1) <= V(1), V(3) < V(2), V(2) > V(1), V(1) < V(2)]
---
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v if isinstance(o, V) else NotImplemented
    def __eq__(self, o): return self.v == o.v
result = [V(1) >= V(2), V(1) <= V(1), V(3) < V(2)]
---
V(1) <= 3
---
@ft.total_ordering
class Z: pass
sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a))
---
k = ft.cmp_to_key(lambda a, b: a - b); result = k(1) < k(2), k(1) == k(1), k(3) >= k(2)
@ft.singledispatch
def fun(x): return 'default'
@fun.register(int)
def _(x): return 'int'
@fun.register
def _(x: list): return 'list'
fun.register(str, lambda x: 'str')
result = fun(1), fun(True), fun([]), fun('s'), fun(1.0), fun.dispatch(bool).__name__ if hasattr(fun.dispatch(bool), '__name__') else None
---
@ft.singledispatch
def fun(x): return 'default'
fun()
---
class A:
    def m(self, x, y): return (x, y)
    p = ft.partialmethod(m, 1)
result = A().p(2)
---
class A:
    @ft.singledispatchmethod
    def m(self, x): return 'default'
    @m.register
    def _(self, x: int): return 'int'
result = A().m(1), A().m('')
'''

c.cases(CASES, R, M, norm)
ok = c.report()
sys.exit(0 if ok else 1)
