print(list(enumerate("abc")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages)
e = enumerate([5])
print(next(e), type(e).__name__)
