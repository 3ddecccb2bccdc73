import sys, types
class A: pass
class B(A): pass
class X(Exception): pass
class Y(X): pass
class D(dict): pass
class F(float): pass
class Sl: __slots__=()
class Sl2(Sl): pass
class L(list): pass
class T(tuple): pass
class I(int): pass
class S: __slots__=('a','__dict__')
class M(type): pass
class St(str): pass
class By(bytes): pass
print([sys.getsizeof(c) for c in (A,B,X,Y,D,F,Sl,Sl2,L,T,I,S,M,St,By)])
print(sys.getsizeof(types.ModuleType), sys.getsizeof(object), sys.getsizeof(int), type.__sizeof__(A), int.__sizeof__(5))
