# collections.OrderedDict: order operations, views, iteration errors, sizes.
import sys, gc, copy, weakref
from collections import OrderedDict as O

o = O(a=1, b=2)
o['c'] = 3
print(o, o.keys(), o.values(), o.items(), list(reversed(o)), list(reversed(o.items())))
print(type(iter(o)).__name__, type(o.keys()).__mro__, type(iter(o.values())).__name__)
o.move_to_end('a'); print(o)
o.move_to_end('a', last=False); print(o)
o.move_to_end('c', False); print(list(o))
print(o.popitem(), o.popitem(last=False), o)
o['b'] = 22
print(o.pop('b'), o.pop('zz', 'dflt'), o.setdefault('n', 5), o.setdefault('n', 6), o)
o.update([('x', 1)], y=2); o.update({'z': 3}); print(o)
print(O.fromkeys('abc'), O.fromkeys('ab', 0), o.copy(), copy.copy(o), copy.deepcopy(o))
print(O(a=1, b=[2]).__reduce_ex__(2)[:4], copy.deepcopy(O(a=1, b=[2])))
print(O(a=1, b=2) == O(b=2, a=1), O(a=1, b=2) == dict(b=2, a=1), dict(b=2, a=1) == O(a=1, b=2),
      O(a=1) != O(a=1), O(a=1) == 1)
print(O(a=1) | {'b': 2}, {'b': 2} | O(a=1), O(a=1) | O(c=3))
x = O(a=1); y = x; x |= {'q': 9}; print(x, x is y)
print(O([[1, 2], [3, 4]]), O({'k': 'v'}), O(O(m=1)))
for expr in ['O(1)', 'O([1])', 'O([(1, 2, 3)])', 'O([(1,)])', 'O({1: 2}, {3: 4})', 'O().popitem()',
             'O().move_to_end(1)', 'O().pop(1)', 'O(a=1) | 1', 'O().update(1, 2)', 'hash(O())',
             'O() < O()', 'O().copy(1)', 'O.fromkeys()']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

# mutation during iteration
for change in ('add', 'delete', 'move', 'value'):
    o = O(a=1, b=2, c=3)
    try:
        for k in o:
            if change == 'add':
                o['new'] = 0
            elif change == 'delete':
                del o['c']
            elif change == 'move':
                o.move_to_end('a')
            else:
                o['a'] = 5
        print(change, 'ok', o)
    except RuntimeError as e:
        print(change, 'RuntimeError', e)

# recursive repr and attributes
r = O()
r['self'] = r
print(r)
o = O(a=1)
o.attr = 'x'
print(o.__dict__, o.__reduce__()[:4], O(a=1).__reduce__()[:4])

# subclasses with __init__ / __setitem__ overrides
class Logged(O):
    def __init__(self, *args, **kw):
        self.log = []
        super().__init__(*args, **kw)

    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)

l = Logged([('a', 1)], b=2)
l.update(c=3)
l.setdefault('d', 4)
print(l, l.log, type(l.copy()).__name__, l.copy().log)
print(repr(Logged()), Logged(a=1) == O(a=1))

class LRU(O):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def get(self, k):
        self.move_to_end(k)
        return self[k]

    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)

c = LRU(3)
for i in range(6):
    c.put(i, i * i)
    if i % 2:
        c.get(i - 1)
print(c, list(c.keys()))

# gc, weakrefs
print(gc.is_tracked(O()), gc.is_tracked(O(a=1)), weakref.ref(c)() is c)

# sizes: the dict's, plus the odict header, fast-nodes array and nodes
for n in (0, 1, 2, 5, 6, 8, 10, 11, 16, 21, 22, 43, 86, 100, 1000):
    print(n, sys.getsizeof(O.fromkeys(range(n))), sys.getsizeof(O.fromkeys(map(str, range(n)))))
o = O(a=1)
print(sys.getsizeof(o), end=' ')
del o['a']; print(sys.getsizeof(o), end=' ')
o.clear(); print(sys.getsizeof(o))
o = O.fromkeys('abcde')
before = sys.getsizeof(o)
o.move_to_end('a'); o.move_to_end('e', last=False); o.move_to_end('b')
print(before, sys.getsizeof(o), list(o))
o = O.fromkeys(range(10))
for i in range(8):
    del o[i]
print(sys.getsizeof(o), sys.getsizeof(iter(o)), sys.getsizeof(o.keys()))
