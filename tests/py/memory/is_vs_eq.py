a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
t1 = ()
t2 = ()
t3 = tuple()
print(t1 is t2, t3 is t1)
print(None is None, True is (1 == 1), False is (1 == 2))
s1 = frozenset()
f1 = 1.5
f2 = 1.5
print(f1 == f2)
print(type(1) is int, type(True) is bool, bool is not int)
