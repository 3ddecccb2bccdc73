class Ne:
    def __eq__(s, o): return False
    __hash__ = object.__hash__
n = Ne()
print([n] == [n], (n,) == (n,), n in [n], [n].count(n), [n].index(n), {n: 1}[n], n in {n}, {n} == {n})
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]; d[k + 10] = 0
except RuntimeError as e: print(e)
s = {1, 2, 3}
try:
    for x in s: s.discard(x); s.add(x + 100)
except RuntimeError as e: print(e)
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
print(sorted({3: 'a', 1: 'b'}.items()), min({5, 3, 9}), max((1, 5, 2)), sum({1: 0, 2: 0}))
a = [1, 2, 3]; b = a[:]; b[0] = 9; print(a, b, a[:] == a, a[:] is a)
print([[]] * 3, [[0] * 2 for _ in range(2)])
x = [[]] * 2; x[0].append(1); print(x)
print(list(zip(*[(1, 2), (3, 4)])), dict(enumerate('ab')), list(map(lambda *a: a, 'ab', 'cd')))
print(tuple(reversed(range(3))), set(reversed([1, 2])), frozenset('aa') == frozenset('a'))
print({**{'a': 1}, **{'a': 2}}, [*'ab', *(1, 2)], (*[1], 2), {*[1, 2], 3})
t = ([],); t[0].append(1); print(t)
try: t[0] += [2]
except TypeError as e: print(e, t)
print(divmod(7, 2), list(range(5))[::-1][1:3])
print(repr(slice(1, None)), slice(1, 2, 3).indices(10), slice(None).indices(0))
s1 = {1, 2, 3}; s2 = s1; s1 -= {1}; print(s1 is s2, s2); s1 &= {2}; print(s2); s1 ^= {5}; print(s2); s1 |= {9}; print(s2)
fs = frozenset([1]); fs2 = fs; fs |= {2}; print(fs, fs2, fs is fs2)
print(set([1, 2]).union([3], [4]), set().intersection(), {1}.isdisjoint(set()), {1, 2} ^ {2, 3})
print(list({-1, -2, -3, 0}), list({2**64, 2**63, 1.5, 0.5}), list({(1,), (2,), ()}))
print(hash(frozenset()), hash(frozenset({()})), hash(frozenset({1.5, 'x'}) - {'x'}))
print(set(range(10)) - set(range(5)), set(range(100)) & {50, 3}, {1, 2, 3} <= {1, 2, 3, 4} < {1, 2, 3, 4, 5})
