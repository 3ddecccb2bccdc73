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

c.cases(r'''
calls = []
@ft.lru_cache(maxsize=2)
def f(*a, **k):
    calls.append((a, k))
    return len(calls)
for args in [(1,), (1.0,), (1,), (2,), (3,), (1,), (2,), ('s',), ('s',)]:
    f(*args)
f(a=1, b=2); f(b=2, a=1); f(a=1, b=2)
result = calls, f.cache_info(), f.cache_parameters()
---
@ft.lru_cache(typed=True)
def f(x): return type(x).__name__
result = f(1), f(1.0), f(True), f.cache_info(), f(x=1), f(x=1.0), f.cache_info()
---
@ft.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
result = fib(60), fib.cache_info()
fib.cache_clear()
result = result, fib.cache_info()
---
@ft.lru_cache(maxsize=3)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
result = fib(20), fib.cache_info()
---
@ft.lru_cache(0)
def f(x): return x
result = f(1), f(1), f.cache_info()
---
ft.lru_cache('x')
---
result = ft.lru_cache(-5)(len).cache_info(), ft.lru_cache(len).cache_parameters(), ft.cache(len).cache_parameters()
---
class A:
    @ft.lru_cache
    def m(self, x): return (self.__class__.__name__, x)
a = A()
result = a.m(1), a.m(1), A.m.cache_info()
---
def f(self, a, b=1): return (self, a, b)
class A:
    g = ft.partialmethod(f, 5, b=2)
    h = ft.partialmethod(ft.partialmethod(f, 1), b=3)
    s = ft.partialmethod(staticmethod(lambda *a, **k: (a, k)), 9)
    c = ft.partialmethod(classmethod(lambda *a: a), 8)
a = A()
result = a.g(), a.h(), A.g(0), a.s(1), a.c()[1:], repr(A.__dict__['g']).split('.', 1)[1][:40], A.__dict__['h'].args
---
result = [repr(x).split('.', 1)[1] for x in (ft.partialmethod(len), ft.partialmethod(len, 1, 2, a=3), ft.partialmethod(len, a=1))]
---
ft.partialmethod(1)
---
class P(ft.partial): pass
p = ft.partial(len); p.x = 1
result = repr(P(len, 1, a=2)), ft.partial(p, 1).func is p, ft.partial(P(len, 1), 2).args, ft.partial(ft.partial(len, 1), 2).args
---
ft.partial()
---
ft.partial(1)
---
result = ft.partial(max, 1, key=abs)(-5, 2), ft.partial(max, key=abs)(3, -4, key=lambda v: v)
---
@ft.total_ordering
class A:
    def __init__(s, v): s.v = v
    def __le__(s, o): return s.v <= o.v if isinstance(o, A) else NotImplemented
    def __eq__(s, o): return isinstance(o, A) and s.v == o.v
result = [(A(x) < A(y), A(x) > A(y), A(x) >= A(y), A(x) <= A(y)) for x in range(3) for y in range(3)], A.__lt__.__name__, A.__gt__.__qualname__
---
@ft.total_ordering
class A:
    def __init__(s, v): s.v = v
    def __gt__(s, o): return s.v > o.v
    def __ge__(s, o): return s.v >= o.v
    def __eq__(s, o): return s.v == o.v
result = [(A(x) < A(y), A(x) <= A(y)) for x in range(3) for y in range(3)], A.__lt__.__qualname__, A.__le__.__qualname__
---
@ft.total_ordering
class A:
    def __lt__(s, o): return NotImplemented
A() >= A()
---
@ft.total_ordering
class A: pass
---
K = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
result = sorted([3, 1, 2], key=K), sorted('bca', key=K, reverse=True), K(1) == K(1), K(1) <= K(0), K(1).obj
---
K = ft.cmp_to_key(lambda a, b: a - b)
K(1) < 3
---
@ft.singledispatch
def g(x): return 'base'
@g.register
def _(x: int): return 'int'
@g.register(list)
def _(x): return 'list'
g.register(float, lambda x: 'float')
@g.register(str | bytes)
def _(x): return 'text'
class MyInt(int): pass
result = g(1), g(True), g(MyInt()), g([]), g(1.5), g('s'), g(b''), g(None), g.dispatch(bool) is g.dispatch(int), sorted(k.__name__ for k in g.registry)
---
@ft.singledispatch
def g(x): return 'base'
g.register(1, len)
---
@ft.singledispatch
def g(x): return 'base'
g.register(len)
---
@ft.singledispatch
def g(x): return 'base'
def h(x: 1): pass
g.register(h)
---
@ft.singledispatch
def g(x): return 'base'
def h(x: int | list[int]): pass
g.register(h)
---
@ft.singledispatch
def g(x): return 'base'
g()
---
class A:
    @ft.singledispatchmethod
    def m(self, x): return 'base'
    @m.register
    def _(self, x: int): return ('int', type(self).__name__)
    @m.register(str)
    @classmethod
    def _(cls, x): return ('str', cls.__name__)
result = A().m(1), A().m('s'), A().m(None), A.m.__name__
---
class A:
    @ft.cached_property
    def p(self):
        "doc"
        self.n = getattr(self, 'n', 0) + 1
        return self.n
a = A()
result = a.p, a.p, A.p.__doc__, A.p.attrname, 'p' in a.__dict__
---
class A:
    __slots__ = ()
    @ft.cached_property
    def p(self): return 1
A().p
---
cp = ft.cached_property(lambda self: 1)
class A:
    x = cp
    y = cp
---
cp = ft.cached_property(lambda self: 1)
cp.__get__(object())
---
result = ft.reduce(lambda a, b: a * b, range(1, 6)), ft.reduce(lambda a, b: a, [], 'init')
---
ft.reduce(len, [1], 2, 3)
---
def w(): pass
def f():
    "fdoc"
f.extra = 1
f.__wrapped__ = 'old'
ft.update_wrapper(w, f, assigned=('__doc__', '__missing__'))
result = w.__doc__, w.extra, w.__wrapped__ is f, w.__name__
---
@ft.wraps(len)
def w(): pass
result = w.__name__, w.__wrapped__ is len, w.__module__
''', R, M, norm)
ok = c.report()
sys.exit(0 if ok else 1)
