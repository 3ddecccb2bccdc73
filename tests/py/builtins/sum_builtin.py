print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
print(sum((x * x for x in range(4)), start=1), sum([True, True]), sum([1.5, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
