t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, len(t), 2 in t, t[::-1])
print((1,), (), tuple([1]), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, (2, 3))[1][0])
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
a, *b = t
print(a, b, hash((1, 2)) == hash((1, 2)))
try:
    hash((1, []))
except TypeError as e:
    print(e)
print(repr((1,)), repr(("a", 1.5, None)), max((3, 1)), sorted((3, 1, 2)))
