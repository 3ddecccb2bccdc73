print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted([(1, "b"), (0, "z"), (1, "a")]))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sorted([-3, 2, -1], key=abs), sorted([]), sorted("Banana", key=str.lower))
