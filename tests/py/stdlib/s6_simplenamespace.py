# types.SimpleNamespace: the native type behind sys.implementation.
import sys, gc, copy, weakref, types
from types import SimpleNamespace as NS

n = NS(a=1, b='x')
print(n, n.a, n.b, n.__dict__)
n.c = [1]; del n.a
print(n, vars(n))
print(NS(), NS() == NS(), NS(a=1) == NS(a=1), NS(a=1) != NS(a=2), NS(a=1) == {'a': 1})
print(type(sys.implementation) is NS, NS, NS.__name__, NS.__qualname__, NS.__module__)
print(NS(**{'1': 2}), NS(**{'': 3}))
for expr in ['NS(1)', 'NS({"a": 1})', 'hash(NS())', 'NS() < NS()', 'NS(a=1) < NS(a=2)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
r = NS()
r.me = r
print(r)
r2 = NS(x=NS(y=NS()))
print(r2)
print(NS(a=1).__reduce__())
print(copy.copy(NS(a=[1])), copy.deepcopy(NS(a=[1])), NS(q=5).__reduce_ex__(2))

class M(NS):
    def __init__(self, v):
        super().__init__(v=v, w=v * 2)

m = M(3)
print(m, m.v, M(3) == NS(v=3, w=6), NS(v=3, w=6) == m, isinstance(m, NS))
print(weakref.ref(m)() is m)
try:
    weakref.ref(NS())
except TypeError as e:
    print(e)
print(gc.is_tracked(NS()), gc.is_tracked(m))
print(sys.getsizeof(NS()), sys.getsizeof(NS(a=1)), sys.getsizeof(NS(a=1, b=2, c=3)), NS().__sizeof__())
print(sys.getsizeof(m), sys.getsizeof(sys.implementation))
print(sys.implementation.name, sys.implementation.cache_tag)
