a = []
print(type(id(a)).__name__, id(a) == id(a), id(a) != id([]))
b = a
print(id(a) == id(b))
