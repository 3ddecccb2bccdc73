#!/usr/bin/env python3
"""Compare src/stdlib/operator and src/stdlib/copy with CPython's."""
import copy as real_copy
import operator as real_op
import re
import sys
from harness import load, Checker

my_op = load('operator')
my_copy = load('copy')
c = Checker('operator+copy')


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v))


names = [n for n in dir(real_op) if not n.startswith('_') or (n.startswith('__') and n.endswith('__') and callable(getattr(real_op, n)) and n not in ('__loader__', '__spec__'))]
missing = [n for n in dir(real_op) if not n.startswith('__') and not hasattr(my_op, n) and not n.startswith('_')]
c.check('all public names present %s' % missing, lambda: not missing)
dunders = [n for n in dir(real_op) if n.startswith('__') and n.endswith('__') and callable(getattr(real_op, n)) and not isinstance(getattr(real_op, n), type)]
missing_d = [n for n in dunders if not hasattr(my_op, n)]
c.check('dunder aliases %s' % missing_d, lambda: not missing_d)

OP_CASES = r'''
[op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(1, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10)]
[op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2)]
[op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None)]
[op.neg(3), op.pos(-3), op.inv(5), op.invert(5), op.abs(-2), op.lshift(1, 4), op.rshift(16, 2)]
[op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.index(7), op.index(True)]
op.index(1.5)
op.concat([1], [2])
op.concat(1, 2)
op.concat('a', 'b')
[op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c')]
op.indexOf([1], 2)
op.getitem({'a': 1}, 'a')
---
d = {'a': 1}; op.setitem(d, 'b', 2); op.delitem(d, 'a')
result = d
---
[op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(1), op.length_hint(1, 5)]
op.length_hint([], 'a')
---
l = [1]; r = op.iadd(l, [2])
result = r is l, l
---
[op.iadd(1, 2), op.isub(5, 1), op.imul(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(2, 3), op.ilshift(1, 2), op.irshift(8, 1), op.iand(3, 1), op.ior(2, 1), op.ixor(3, 1)]
op.iconcat([1], (2,))
op.iconcat(1, (2,))
op.call(len, [1])
repr(op.itemgetter(1))
repr(op.itemgetter(1, 'a'))
repr(op.attrgetter('a.b', 'c'))
repr(op.methodcaller('f', 1, k=2))
op.itemgetter()
op.attrgetter()
op.attrgetter(1)
op.methodcaller()
op.methodcaller(1)
op.itemgetter(1)('abc')
op.itemgetter(0, 2)('abc')
op.itemgetter('x')({'x': 5})
op.itemgetter(5)('abc')
op.attrgetter('real')(3)
op.attrgetter('real', 'imag')(3)
op.attrgetter('__class__.__name__')(3)
op.attrgetter('zz')(3)
op.methodcaller('upper')('abc')
op.methodcaller('split', ',', maxsplit=1)('a,b,c')
sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(1))
'''

COPY_CASES = r'''
a = [1, [2]]; b = cp.copy(a)
result = b, b is a, b[1] is a[1]
---
a = [1, [2]]; b = cp.deepcopy(a)
result = b, b is a, b[1] is a[1]
---
a = (1, [2]); result = cp.copy(a) is a, cp.deepcopy(a) is a, cp.deepcopy(a)
---
a = (1, 2); result = cp.deepcopy(a) is a
---
a = {'x': [1]}; b = cp.deepcopy(a); b['x'].append(2)
result = a, b
---
a = [1]; a.append(a); b = cp.deepcopy(a)
result = b[1] is b, b is not a, repr(b)
---
a = {1, 2}; result = cp.copy(a), cp.deepcopy(frozenset(a)), cp.copy(bytearray(b'x'))
---
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return 'P(%r)' % (self.x,)
p = P([1]); q = cp.copy(p); r = cp.deepcopy(p)
result = q, r, q.x is p.x, r.x is p.x, type(q) is P
---
class S:
    __slots__ = ('a', '__b', 'c')
    def __init__(self): self.a = [1]; self.__b = 2
s = S(); t = cp.deepcopy(s)
result = t.a, t._S__b, hasattr(t, 'c'), t.a is s.a
---
class C:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
result = cp.copy(C()), cp.deepcopy(C())
---
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
result = cp.copy(R(1)).v, cp.deepcopy(R(2)).v
---
class G:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = cp.copy(G())
result = sorted(g.__dict__.items())
---
class L(list): pass
l = L([1, [2]]); l.attr = 3; m = cp.deepcopy(l)
result = type(m).__name__, m, m.attr, m[1] is l[1]
---
class D(dict): pass
d = D(a=[1]); e = cp.copy(d)
result = type(e).__name__, e, e['a'] is d['a']
---
import collections
P = collections.namedtuple('P', 'x y')
result = cp.copy(P(1, [2])), cp.deepcopy(P(1, [2]))
---
class T(tuple): pass
result = cp.copy(T((1, 2))), type(cp.deepcopy(T((1, 2)))).__name__
---
result = cp.copy(len) is len, cp.deepcopy(int) is int, cp.copy(3) == 3, cp.deepcopy('s')
---
class E(Exception): pass
e = cp.copy(E('a', 1)); result = type(e).__name__, e.args
---
e = cp.deepcopy(ValueError('a')); result = repr(e)
---
cp.copy(x for x in [])
---
class A:
    def m(self): return self
a = A(); a.x = [1]; b = cp.deepcopy(a)
result = b.x == a.x, b is not a
---
o = object(); result = type(cp.copy(o)).__name__
---
class N:
    def __init__(self): self.me = self
n = cp.deepcopy(N()); result = n.me is n
---
memo = {}; a = [1]; b = cp.deepcopy([a, a], memo); result = b[0] is b[1]
'''
c.cases(OP_CASES, {'op': real_op}, {'op': my_op}, norm)
c.cases(COPY_CASES, {'cp': real_copy}, {'cp': my_copy}, norm)
ok = c.report()
sys.exit(0 if ok else 1)
