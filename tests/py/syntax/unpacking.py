a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
p, *q = [1]
print(p, q)
[m, n] = "xy"
print(m, n)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
print(*[1, 2], *(3,), *"ab")
print([*range(3), *[9]], {*[1, 1, 2]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
