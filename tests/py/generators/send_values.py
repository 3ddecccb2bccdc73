def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print(e)
