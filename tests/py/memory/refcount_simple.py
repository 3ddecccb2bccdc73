import sys
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
a = o
print(sys.getrefcount(o))
l = [o, o, o]
print(sys.getrefcount(o))
del l
print(sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print(f(o))
d = {"k": o}
print(sys.getrefcount(o))
d.clear()
del a
print(sys.getrefcount(o))
