d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
try: d.pop('zz')
except KeyError as e: print(repr(e))
print(d.popitem(), d)
e = {}
try: e.popitem()
except KeyError as ex: print(repr(ex), ex)
d.update({'x': 1}); d.update([('y', 2)]); d.update(z=3); d.update({'w': 0}, v=5); print(d)
try: d.update([(1, 2, 3)])
except ValueError as ex: print(ex)
try: d.update([1])
except TypeError as ex: print(ex)
try: d.update(1)
except TypeError as ex: print(ex)
try: d.update({}, {})
except TypeError as ex: print(ex)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)], b=3), dict({1: 2}), dict(zip('ab', (1, 2))))
k = d.keys(); v = d.values(); it = d.items()
print(k, v, it, len(k), 'x' in k, ('x', 1) in it, ('x', 2) in it, 1 in v)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), list(reversed(d)))
print(k & {'x', 'q'}, sorted(k | {'q'}), sorted(k - {'x'}), sorted(k ^ {'x', 'q'}), it & {('x', 1)}, {'x'} & k)
print(k == {'a', 'b', 'c', 'x', 'y', 'z', 'w', 'v'}, k.isdisjoint({'q'}), k <= set('abcxyzwv'))
c = d.copy(); c.clear(); print(c, d == d.copy(), d != {}, {1: 2} == {1: 2.0})
print({1: 2} | {3: 4}, {1: 2} | {1: 3})
m = {1: 2}; m |= {5: 6}; m |= [(7, 8)]; print(m)
try: {} | []
except TypeError as ex: print(ex)
try: d['missing']
except KeyError as ex: print(repr(ex))
try: d[(1, 2)]
except KeyError as ex: print(repr(ex), str(ex))
try: d[[1]]
except TypeError as ex: print(ex)
try: del d['nope']
except KeyError as ex: print(repr(ex))
del d['a']; print('a' in d, 'b' in d)
class M(dict):
    def __missing__(self, key): return key * 2
mm = M(a=1); print(mm['a'], mm['zz'], mm.get('zz'), 'zz' in mm, M)
try:
    for key in d: d['new' + key] = 1
except RuntimeError as ex: print(ex)
r = {}; r['self'] = r; print(r)
r2 = {1: [r2 := {}]}; print(r2)
print({1: 'a', 'b': (1, 2), None: [3]}, repr({}), str({'a': {}}))
o = {}
for i in [3, 1, 2]: o[i] = i
del o[1]; o[1] = 0; print(o, list(o), list(o.values()))
print({True: 1, 1: 2, 1.0: 3})
import sys
g = sys.getsizeof
print(g({}), g(dict()), g({'a': 1}), g(dict(a=1, b=2, c=3, d=4, e=5)), g(dict.fromkeys('abcdef')), g(dict.fromkeys('abcdefghijk')), g({i: i for i in range(100)}))
sz = []
dd = {}
for i in range(30):
    dd['k%d' % i] = i; sz.append(g(dd))
print(sz)
sz = []
dd = {}
for i in range(30):
    dd[i] = i; sz.append(g(dd))
print(sz)
print(g({1: 1}), g({1: 1, 2: 2}), g(dict.fromkeys(range(6))), g({'a': 1, 2: 3}))
x = dict.fromkeys(range(20)); 
for i in range(18): del x[i]
print(g(x), g(x.copy()), g(dict(x)))
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type({}.keys()).__name__)
i2 = iter({1: 2, 3: 4}); print(i2.__length_hint__()); next(i2); print(i2.__length_hint__())
print(dict(a=1).__eq__(1), {}.__class__, dict.fromkeys.__name__)
try: dict(1, 2)
except TypeError as ex: print(ex)
try: {}.get()
except TypeError as ex: print(ex)
print(sorted({3: 1, 1: 2}), {}.keys() == set(), {1: 2}.items() == {(1, 2)})
