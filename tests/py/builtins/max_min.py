print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 3]), min("bca"), max("a", "bb", key=len), min([], default="empty"))
print(max([(1, "b"), (1, "a")]), min(range(5), key=lambda x: (x - 2) ** 2), max({1: "a", 3: "b"}))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
try:
    max(1, "a")
except TypeError as e:
    print(e)
print(max(1, 1.0), max(1.0, 1), min(True, 0))
