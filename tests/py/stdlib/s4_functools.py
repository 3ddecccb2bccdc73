# functools: lru_cache, cache, wraps, partial, reduce, cached_property, total_ordering, cmp_to_key
import functools
from functools import lru_cache, wraps, partial, reduce, cached_property, total_ordering

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in (1, 2, 1, 3, 1, 2)], calls)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
print(sq.__name__, sq.__wrapped__.__name__)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache(maxsize=None)
def ident(x):
    return x
ident(1); ident(1); ident(1.0); print(ident.cache_info())
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1); print(nocache.cache_info())
attempt('unhashable', sq, [1])
attempt('bad maxsize', lru_cache, 'x')
kw = lru_cache()(lambda a, b=2: a + b)
print(kw(1), kw(1, b=2), kw(a=1), kw.cache_info())

@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info())

class C:
    @lru_cache
    def m(self, x):
        return x * 2
c = C(); print(c.m(2), c.m(2), C.m.cache_info())

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def documented(a, b):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(1, 2))
print(documented.__qualname__, documented.__module__)
def plain(): pass
plain.extra = 1
def w(): pass
functools.update_wrapper(w, plain)
print(w.__name__, w.extra, w.__wrapped__ is plain)

p = partial(int, base=2)
print(p('1010'), p.func, p.args, p.keywords)
p2 = partial(pow, 2)
print(p2(10), p2(3, 5))
p3 = partial(p2, 5)
print(p3(), p3.func is pow, p3.args)
print(repr(partial(max, 1, key=abs)).replace(repr(max), 'MAX'))
attempt('partial no func', partial)
attempt('partial bad', partial, 5)
attempt('partial call err', partial(int, base=99), '1')

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
attempt('reduce empty', reduce, lambda a, b: a, [])
attempt('reduce not iter', reduce, lambda a, b: a, 5)

class Data:
    def __init__(self):
        self.count = 0
    @cached_property
    def value(self):
        self.count += 1
        return 42
d = Data()
print(d.value, d.value, d.count, 'value' in d.__dict__)
del d.value; print(d.value, d.count)
print(type(Data.__dict__['value']).__name__, Data.value.attrname)
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def v(self):
        return 1
attempt('cached_property no dict', lambda: Slotted().v)

@total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
a, b = Ver(1), Ver(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Ver(1))
attempt('total_ordering none', total_ordering, type('X', (), {}))

def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted('bca', key=functools.cmp_to_key(lambda a, b: cmp(b, a))))

@functools.singledispatch
def show(x):
    return 'obj'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
print(show(1), show([1]), show('s'), show(True))
class P:
    def __init__(self):
        self.v = 0
    def set(self, v):
        self.v = v
    setone = functools.partialmethod(set, 1)
q = P(); q.setone(); print(q.v)
