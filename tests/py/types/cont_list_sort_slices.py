import sys
g = sys.getsizeof
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print('lt', s.v, o.v); return s.v < o.v
    def __repr__(s): return 'K%d' % s.v
l = [K(3), K(1), K(2), K(5), K(4)]
l.sort(); print(l)
l.sort(reverse=True); print(l)
print(sorted([K(2), K(2), K(1)], key=lambda k: k.v))
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')] * 30
print(sorted(data, key=lambda p: p[0])[:6], sorted(data, key=lambda p: p[0], reverse=True)[:6])
seed = 5
big = []
for _ in range(500):
    seed = (seed * 1103515245 + 12345) % 2**31
    big.append(seed % 1001)
s1 = sorted(big); print(s1 == sorted(big, key=lambda x: x), s1[:5], s1[-5:], sorted(big, reverse=True)[:3])
try: sorted([3, 'a', 2, 1])
except TypeError as e: print(e)
try: sorted([1, 2, None])
except TypeError as e: print(e)
try: [1, 2, 3].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e: print(e)
z = [3, 1, 2]
try: z.sort(key=lambda x: [][0])
except IndexError: print(z)
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([3, 1, 2], key=None), sorted([[2], [1, 5], [1]]))
print(g([i for i in range(17)]), g([i for i in range(100)]), g(list(i for i in range(100))), g([*range(10)]), g([*range(3), 5]))
x = [1, 2, 3]; y = x; x += [4]; print(y is x, y)
x = [1]; x *= 3; print(x); x *= -1; print(x)
q = []; q[:] = range(5); print(q, g(q)); q[1:3] = 'xyz'; print(q)
q[::2] = q[::2]; print(q)
q[5:1] = [0]; print(q)
try: q[::-1] = [1]
except ValueError as e: print(e)
del q[::-2]; print(q)
del q[100:200]; print(q)
try: q[1:2] = 5
except TypeError as e: print(e)
L = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(L[-100:100:3], L[100:-100:-3], L[::-4], L[8:2:-2], L[2:8:-2])
print([1, 2] == (1, 2), [1, [2]] == [1, [2]], [] < [0], [0] <= [0], [[1]] > [[0, 9]])
print(list.__eq__([1], (1,)), [1, 2].__lt__('a'))
a = []; a.append(a); print(a == a, a)
print(repr([1, 'a', [2.5, None, (1,)]]), str([{1: []}]))
l = list(range(5)); it = iter(l); next(it); l.clear(); print(list(it), it.__length_hint__())
print(list.__len__([1, 2]), len(list.__new__(list)))
l = [1, 2, 3]; l.__init__([9]); print(l); l.__init__(); print(l)
print([].pop.__name__, list.append.__qualname__ if hasattr(list.append, '__qualname__') else '')
try: list.append(1, 2)
except TypeError as e: print(e)
try: [].insert(1)
except TypeError as e: print(e)
try: [].pop(1, 2)
except TypeError as e: print(e)
try: [1].pop('a')
except TypeError as e: print(e)
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -10, 10))
try: [1][2**70]
except IndexError as e: print(e)
print([1, 2][True], [1, 2, 3][-True:])
