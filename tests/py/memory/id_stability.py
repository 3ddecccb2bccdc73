x = object()
i1 = id(x)
i2 = id(x)
print(i1 == i2, isinstance(i1, int), i1 > 0)
l = [x]
print(id(l[0]) == id(x))
a = [1]
b = a
b.append(2)
print(id(a) == id(b), a)
print(id(a) != id([1, 2]))
