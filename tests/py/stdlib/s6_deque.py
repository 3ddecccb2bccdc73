# collections.deque: behaviour, sizes (CPython's 64-item blocks), reprs, gc.
import sys, gc, copy, weakref
from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d, 9 in d, list(reversed(d)), bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.rotate(10); print(d)
d.extend('ab'); d.extendleft('xy'); print(d)
print(d.count(1), d.index(2), d.index('a', 2), d.index('a', -3, -1))
print(d.copy(), d * 2, 2 * d, d + deque([9]))
d.insert(2, 'I'); print(d)
d.insert(-1, 'J'); print(d)
d.insert(100, 'K'); d.insert(-100, 'L'); print(d)
d.remove('I'); print(d)
del d[0]; print(d)
d[0] = 'z'; d[-1] = 'w'; print(d)
d.reverse(); print(d)
d.clear(); print(d, len(d))

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extendleft([100, 200]); print(m)
print(deque(maxlen=0), deque('abc', 0))
z = deque('ab', maxlen=2)
try:
    z.insert(0, 'c')
except IndexError as e:
    print('IndexError', e)
m *= 2; print(m)
r = deque([7], maxlen=5); r *= 10; print(r)

# in-place operators keep identity
a = deque([1, 2])
b = a
a += [3]; a *= 2
print(a, a is b)
a *= 0; print(a)

# comparisons
print(deque([1]) == deque([1]), deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]),
      deque([2]) > deque([1, 5]), deque([1]) != deque([1, 2]), deque([1]) == [1])

# errors
for expr in ['deque([1]) * 1.5', 'deque() + [1]', 'deque([1])[1:2]', 'deque([1])["a"]',
             'deque([1])[5]', 'hash(deque())', 'deque([1]).rotate(1.5)', 'deque([1]).index(9)',
             'deque([1]).remove(9)', 'deque(maxlen=-1)', 'deque(maxlen=1.5)', 'deque([], 2, 3)',
             'deque().pop()', 'deque().popleft()', 'deque(1)', 'deque(x=1)',
             'deque([1]) < [1]', 'deque([1]).index(1, 1.5)', 'del deque()[0]']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

# mutation during iteration
d = deque([1, 2, 3])
for probe in (lambda: d.append(1), lambda: d.popleft(), lambda: d.rotate(1)):
    try:
        for i in d:
            probe()
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    for i in reversed(d):
        d.appendleft(0)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(type(it).__name__, type(reversed(deque())).__name__)

# recursive repr
x = deque()
x.append(x)
print(x)
y = deque([[1]])
y[0].append(y)
print(y)

# subclassing with __init__ override
class D(deque):
    def __init__(self, x, n=4):
        super().__init__([x], maxlen=n)
        self.tag = x

    def append(self, v):
        super().append(v * 10)

s = D(5)
s.append(1)
print(s, s.tag, type(s).__name__, isinstance(s, deque), s.maxlen)
print(s.__reduce__()[:3])
print(repr(copy.copy(deque([1, 2], 5))), copy.deepcopy(deque([[1], [2]])))
print(copy.copy(deque([1, 2, 3], maxlen=7)), copy.deepcopy(D(4)))

class Plain(deque):
    pass

p = Plain('abc', 2)
print(p, p.copy(), type(p.copy()).__name__, p + Plain('z'))
print(deque[int], deque.__name__, deque.__module__, deque.__qualname__)

# gc and weakrefs
print(gc.is_tracked(deque()), gc.is_tracked(iter(deque())))
w = weakref.ref(d)
print(w() is d)
cyc = deque()
cyc.append(cyc)
del cyc
print(gc.collect() >= 1)

# sizes: blocks of 64 items, counted from the left index as CPython does
for n in (0, 1, 2, 31, 32, 33, 62, 63, 64, 65, 100, 127, 128, 129, 191, 192, 1000):
    print(n, sys.getsizeof(deque(range(n))), sys.getsizeof(deque(range(n), maxlen=5)))
q = deque()
sizes = []
for i in range(200):
    q.append(i)
    sizes.append(sys.getsizeof(q))
print(sorted(set(sizes)))
q = deque()
sizes = []
for i in range(200):
    q.appendleft(i)
    sizes.append(sys.getsizeof(q))
print(sorted(set(sizes)))
sizes = []
while q:
    q.popleft()
    sizes.append(sys.getsizeof(q))
print(sorted(set(sizes)), sys.getsizeof(q))
q = deque(range(100))
out = []
for k in (1, 5, 30, -7, 64, -64, 200, 33):
    q.rotate(k)
    out.append(sys.getsizeof(q))
print(out, q[0], q[-1])
q = deque(range(70)); q.clear(); print(sys.getsizeof(q))
q = deque(); q.extendleft(range(70)); print(sys.getsizeof(q))
print(sys.getsizeof(deque([1]) * 200), sys.getsizeof(deque([1, 2]) * 100))
print(sys.getsizeof(iter(deque())), deque().__sizeof__())
