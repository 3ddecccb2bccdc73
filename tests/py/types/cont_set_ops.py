s = {3, 1, 2}
s.add(4); s.add(1); print(s, len(s))
s.remove(4)
try: s.remove(42)
except KeyError as e: print(repr(e))
s.discard(42); s.discard(3); print(s)
print(s.pop(), s)
try: set().pop()
except KeyError as e: print(repr(e), e)
c = s.copy(); c.clear(); print(c, s)
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([5, 6]))
print(a.union(), a.intersection(), a.difference())
print(a <= b, a < a, {1} < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b, a.issubset([1, 2, 3, 4, 5]), a.issuperset([1]), a.isdisjoint([7]), a.isdisjoint(b))
x = set(a); x |= b; print(x); x &= {1, 5, 7}; print(x); x -= {1}; print(x); x ^= {5, 8}; print(x)
x = {1, 2}; x.update([3], (4,)); x.intersection_update({1, 3, 4}, [3, 4]); print(x)
x.difference_update([3]); x.symmetric_difference_update({4, 9}); print(x)
try: a | [1]
except TypeError as e: print(e)
try: a.add([1])
except TypeError as e: print(e)
try: {[1]}
except TypeError as e: print(e)
try: a <= [1]
except TypeError as e: print(e)
print(frozenset({1, 2}), frozenset(), set(), repr(frozenset([3])), {1, (2, 3)})
print(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset([(1, 2), 3])), hash(frozenset(range(10))))
f = frozenset([1, 2]); print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f.union([4]), type(f.copy()).__name__, f.copy() is f)
print({frozenset([1]): 1}, {1, 2} == frozenset([1, 2]), set([1]) in {frozenset([1])})
print(list({10, 2, 33, 4, 100, 64, 8, -1, 17}), list({(1, 2), (3, 4), (0, 0), (5, 1)}), list(set(range(20, 0, -3))))
print(list({1000, 2000, 16, 32, 48, 7}), list({2**40, 2**33 + 1, -5, 3}))
ss = set()
for i in [5, 9, 13, 1, 33, 65, 129, 8, 16]: ss.add(i)
print(ss); ss.remove(9); ss.add(41); print(ss)
import sys
g = sys.getsizeof
print(g(set()), g({1}), g({1, 2, 3}), g(frozenset()), g(set(range(5))), g(set(range(100))), g(frozenset(range(10))))
sz = []; ss = set()
for i in range(40):
    ss.add(i); sz.append(g(ss))
print(sz)
print(set([1, 2]).__sizeof__())
r = set(); 
try:
    for e in {1, 2, 3}:
        r.add(e)
    t = {1, 2}
    for e in t: t.add(e + 10)
except RuntimeError as e: print(e)
class S(set): pass
print(S([1]), S(), type(S([1]) | {2}).__name__)
class FS(frozenset): pass
print(FS([1]), FS())
print(set('ab') == {'a', 'b'}, sorted({'b', 'a'}), set.union({1}, {2}))
print(type(iter(set())).__name__)
it = iter({1, 2, 3}); next(it); print(it.__length_hint__())
print({1, 2}.__eq__([1]), {1} == [1], set() == frozenset())
try: set([1], [2])
except TypeError as e: print(e)
try: set(1)
except TypeError as e: print(e)
