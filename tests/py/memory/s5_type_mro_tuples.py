# A type stores its __mro__ and __bases__ tuples (the same object on each
# access); classes and their tuples are collected together.
import gc, sys

class A: pass
class B(A): pass
class C(B, A.__class__.__base__): pass
print(A.__mro__ is A.__mro__, B.__bases__ is B.__bases__)
print(int.__mro__ is int.__mro__, int.__bases__ is int.__bases__, object.__bases__ is object.__bases__)
print(bool.__mro__, object.__bases__, B.__mro__, C.__bases__)
print(type(A.__mro__), len(C.__mro__))
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C))
print([type(r).__name__ for r in gc.get_referrers(A)])
print([type(r).__name__ for r in gc.get_referents(B)])
print(gc.get_referents(B)[1] is B.__mro__, gc.get_referents(B)[2] is B.__bases__)
print(gc.is_tracked(B.__mro__), gc.is_tracked(B.__bases__), gc.is_tracked(A.__bases__))
gc.collect()
print(gc.is_tracked(B.__mro__), gc.is_tracked(B.__bases__), gc.is_tracked(A.__bases__))
m = B.__mro__
del B, C
print(gc.collect())
print(m[0].__name__, m[0].__mro__ is m)
del m
print(gc.collect())
del A
print(gc.collect())

class Meta(type): pass
class K(metaclass=Meta): pass
print(list(Meta.__dict__))
print([type(r).__name__ for r in gc.get_referents(K)])
gc.collect()
del K, Meta
print(gc.collect())

def make():
    class L: pass
    class L2(L): pass
    return L2
make()
print(gc.collect())
x = make()
bases = x.__bases__
del x
print(gc.collect())
print(bases[0].__name__, bases[0].__mro__)
del bases
print(gc.collect())
for i in range(3):
    type("T%d" % i, (), {})
print(gc.collect())
