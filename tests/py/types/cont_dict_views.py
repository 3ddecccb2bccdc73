d = {1: 'a', 2: 'b', 3: 'c'}
k = d.keys()
print(k & {2, 9}, k | {9}, k - {1}, k ^ {1, 9}, {2, 9} & k, {9} | k, {1, 9} - k, {1, 9} ^ k, k & [2, 2], k | range(5))
print(d.items() & {(1, 'a'), (2, 'x')}, sorted(d.items() - {(1, 'a')}), sorted(d.items() | {(9, 'z')}))
print(k == {1, 2, 3}, k != {1, 2}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= {1, 2, 3}, k == [1, 2, 3], {1, 2, 3} == k)
print(d.items() == {(1, 'a'), (2, 'b'), (3, 'c')}, d.values() == d.values())
print(k.isdisjoint([4, 5]), k.isdisjoint({1}), d.items().isdisjoint({(1, 'a')}))
try: k & 1
except TypeError as e: print(e)
try: hash(k)
except TypeError as e: print(e)
print(len(d.values()), 'a' in d.values(), list(reversed(d.values())), list(reversed(d.items())))
e = {}
e['v'] = e.keys(); print(e)
print(list(reversed({})))
d2 = dict(d); d2[4] = 'd'; print(d2, d)
it = iter(d)
d[9] = 'z'
try: next(it)
except RuntimeError as ex: print(ex)
d = {i: i for i in range(5)}
for key in list(d):
    if key % 2: del d[key]
print(d)
dd = {}; dd.update(a=1); dd.update({'b': 2}, b=3); print(dd)
print(dict([('a', 1), ['b', 2], 'cd']))
try: dict([('a', 1, 2)])
except ValueError as ex: print(ex)
try: dict(['abc'])
except ValueError as ex: print(ex)
try: dict([1])
except TypeError as ex: print(ex)
class Mp:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
print(dict(Mp()), {**Mp()})
print({1: 1} == {1: 1.0}, {1: 1} == {2: 1}, {1: [1]} != {1: [1]}, dict() == {})
f = dict.fromkeys(range(3), []); f[0].append(1); print(f)
class D(dict): pass
print(type(D.fromkeys('ab')).__name__, D(a=1), D(a=1) == {'a': 1}, type(D(a=1).copy()).__name__)
x = {'a': 1}
print(x.pop('a'), x, x.setdefault('b', []), x)
import sys
g = sys.getsizeof
print(g(dict.fromkeys(range(3))), g(dict(zip(range(6), range(6)))), g({**{'a': 1}}), g(dict({'a': 1, 'b': 2})))
d = {}
for i in range(8): d[i] = i
for i in range(8): del d[i]
print(g(d), d); d[1] = 1; print(g(d))
d.clear(); print(g(d))
big = {str(i): i for i in range(1000)}; print(g(big))
keys = list(big)[:3]; print(keys)
print(g({'a': 1, 'b': 2}.keys()), g(iter({})))
print({(1, 2): 3}[1, 2])
print(dict.__contains__({1: 2}, 1), {}.__len__())
try: {}.popitem(1)
except TypeError as ex: print(ex)
try: {}.pop()
except TypeError as ex: print(ex)
try: {}.setdefault()
except TypeError as ex: print(ex)
try: dict.fromkeys()
except TypeError as ex: print(ex)
try: {}.update(1, 2)
except TypeError as ex: print(ex)
try: dict(a=1, **{'a': 2})
except TypeError as ex: print(ex)
