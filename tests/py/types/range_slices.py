r = range(0, 100, 7)
print(r[3], r[-2], r[2:5], r[::3], r[::-1][:3], len(r), 98 in r, 99 in r)
print(list(range(10))[2:-2:3], (1, 2, 3, 4)[::-2], "hello"[-1::-2])
s = slice(2, None)
print([10, 20, 30, 40][s], "abcdef"[s])
l = list(range(10))
l[::3] = ["x"] * 4
print(l)
try:
    l[::3] = [1]
except ValueError as e:
    print(e)
print(list(range(3, 3)), range(0, 10, 2).index(6), range(10).count(3), hash(range(3)) == hash(range(0, 3)))
