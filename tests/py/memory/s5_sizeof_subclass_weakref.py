# Subclass instance sizes: the weakref slot type_new adds (exception subclasses
# too), slots, and the variable-sized bases.
import sys
class Ex(Exception): pass
class E2(ValueError): pass
class L(list): pass
class D(dict): pass
class O: pass
class S: __slots__ = ()
class T(tuple): pass
class I(int): pass
for c in (Ex, E2, L, D, O, S, T, I):
    print(c.__name__, sys.getsizeof(c()))

class A: __slots__ = ("x",)
class B: __slots__ = ("x", "__weakref__")
class C: __slots__ = ("__dict__",)
class D(A): pass
class E(Exception): __slots__ = ("a",)
class F(KeyError): pass
class G(OSError): pass
class H(StopIteration): pass
class J(BaseException):
    def __init__(self): self.z = 1
class K(E): pass
class M(set): pass
class N(bytearray): pass
class P(float): pass
class Q(complex): pass
class R(bytes): pass
for c in (A, B, C, D, E, F, G, H, J, K, M, N, P, Q, R):
    print(c.__name__, sys.getsizeof(c()))
