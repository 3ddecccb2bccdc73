a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a, a > {1, 2})
a.add(10); a.discard(99); a.remove(1)
print(sorted(a))
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
c = {5}
print(c.pop(), c)
try:
    c.pop()
except KeyError as e:
    print(e)
s = {1, 2}
s |= {3}; s &= {2, 3, 4}; s -= {3}
print(s, len(s), 2 in s, set() == set(), {1, 2} == {2, 1})
s.update([7, 8], (9,))
print(sorted(s), {0}.copy(), {x % 2 for x in range(5)})
f = frozenset({1, 2})
print(f, f | {3}, {f: "frozen key"}[frozenset([2, 1])])
try:
    {[]}
except TypeError as e:
    print(e)
print({1, 2, 3} == frozenset({1, 2, 3}), repr(set()), repr({1}), repr(frozenset()))
