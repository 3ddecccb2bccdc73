s = set([3, 1, 2, 3])
print(sorted(s), len(s), set(), frozenset(), sorted(frozenset("aab")))
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, hash(fs) == hash(frozenset([2, 1])))
try:
    set([[1]])
except TypeError as e:
    print(e)
print({1, 2} == frozenset([1, 2]), set("aa"), set(range(3)))
