l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.insert(0, 0); print(l)
l.insert(100, 99); print(l)
print(l.pop(), l.pop(0), l)
l.remove(2); print(l)
print(l.index(5), l.count(1), l.copy(), l.copy() is l)
l.sort(); print(l)
l.sort(reverse=True, key=lambda x: x % 3); print(l)
l.reverse(); print(l)
l.clear(); print(l)
m = [1, 2, 3, 4, 5]
m[1:3] = []
print(m, m * 2, m + [9], [0] * 3, 3 in m, m[::-1])
m[len(m):] = [6, 7]
del m[::2]
print(m, len(m), min(m), max(m))
try:
    [].remove(1)
except ValueError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    [1, 2].index(7)
except ValueError as e:
    print(e)
n = [1, 2, 3]
n[1:2] = [7, 8, 9]
print(n, n == [1, 7, 8, 9, 3], n < [1, 8], [[]] * 2)
a = [1, [2]]
print(repr(a), str(a), a.__len__())
r = []
r.append(r)
print(r)
