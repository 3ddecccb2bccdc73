r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], 5 in r, 6 in r, r.index(8), r.count(8))
print(range(5) == range(0, 5), range(0) == range(5, 1), list(range(5, 0, -2)), range(10)[::-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
print(r.start, r.stop, r.step, bool(range(0)), reversed(range(3)).__class__.__name__)
