import sys
big = range(10**20)
it = iter(big)
print(type(it).__name__, next(it), next(it), it.__length_hint__() == 10**20 - 2, sys.getsizeof(it), sys.getsizeof(big))
r = range(-10**19, 10**19, 10**18)
print(len(r), r[3], r[-1], r[::-7], list(r)[:3], 10**18 in r, 10**18 + 1 in r, r.index(-10**19 + 2 * 10**18), r.count(0))
print(list(reversed(range(2**63 - 1, 2**63 + 2))), range(2**64)[2**63:2**63 + 3], hash(range(2**64)) == hash(range(0, 2**64, 1)))
print(list(enumerate('ab', 2**64)), list(enumerate('ab', start=-2**65)))
class Idx:
    def __index__(self): return 7
print(list(enumerate('a', Idx())), range(Idx()), list(range(10))[Idx()])
try: enumerate('a', 1.5)
except TypeError as e: print(e)
d = {1: 'a', 2: 'b', 3: 'c'}
for o in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(o).__name__, list(o), sys.getsizeof(o))
del d[2]; d[4] = 'd'
print(list(reversed(d)), list(reversed(d.items())))
ri = reversed(d)
print(ri.__length_hint__(), next(ri), ri.__length_hint__())
d[5] = 'e'
try: next(ri)
except RuntimeError as e: print(e)
print(bool(range(10**30)), bool(range(10**30, 0)), range(10**30)[-1] == 10**30 - 1)
try: len(range(10**30))
except OverflowError as e: print(e)
