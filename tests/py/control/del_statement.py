x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4, 5]
del l[1]
del l[::2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, 'attr'))
try:
    del d['zz']
except KeyError as e:
    print("KeyError", e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
