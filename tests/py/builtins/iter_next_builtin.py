it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
try:
    next([1])
except TypeError as e:
    print(e)
print(type(iter("ab")).__name__, type(iter([])).__name__, type(iter(range(2))).__name__, type(iter({})).__name__)
