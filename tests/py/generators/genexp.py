g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bbb cc".split()))
print(list((x, y) for x in range(2) for y in "ab"))
data = [3, 1, 2]
g2 = (d for d in data)
data.append(99)
print(list(g2))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(e)
print(any(x > 3 for x in data), all(x > 0 for x in data), "-".join(str(x) for x in data))
