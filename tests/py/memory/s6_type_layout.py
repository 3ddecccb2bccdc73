# Type layout attributes (__basicsize__, __itemsize__, __dictoffset__,
# __weakrefoffset__, __flags__) of builtin types and of classes, next to
# the sizes of their instances.
import sys, types, abc

VALID_VERSION = 1 << 19  # set and cleared by the attribute cache: not compared


def show(t, inst=None):
    size = '-' if inst is None else sys.getsizeof(inst)
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__,
          hex(t.__flags__ & ~VALID_VERSION), size)


for t in [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, type, types.FunctionType, types.MethodType, types.BuiltinFunctionType,
          types.ModuleType, property, staticmethod, classmethod, super, BaseException, Exception,
          KeyError, OSError, SyntaxError, StopIteration, ImportError, SystemExit, NameError,
          AttributeError, BaseExceptionGroup, memoryview, enumerate, zip, map, filter, reversed,
          types.MappingProxyType, types.GeneratorType, types.CodeType, types.TracebackType,
          type(None), type(NotImplemented), type(...), types.CellType]:
    show(t)


class C: pass
class S: __slots__ = ('a', 'b')
class SD: __slots__ = ('a', '__dict__')
class SW: __slots__ = ('a', '__weakref__')
class E: __slots__ = ()
class L(list): pass
class LS(list): __slots__ = ()
class T(tuple): pass
class TS(tuple): __slots__ = ()
class TS1(TS): pass
class I(int): pass
class IS(int): __slots__ = ()
class B(bytes): pass
class St(str): pass
class D(dict): pass
class Se(set): pass
class F(float): pass
class Ex(Exception): pass
class ExS(Exception): __slots__ = ('x',)
class KE(KeyError): pass
class OS(OSError): pass
class C2(C): pass
class C3(S): pass
class C4(S): __slots__ = ('c',)
class M(type): pass
class Ob: __slots__ = ('__dict__',)
class G(C, Ex): pass
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Concrete(A):
    def f(self): pass

for cls, inst in [(C, C()), (S, S()), (SD, SD()), (SW, SW()), (E, E()), (L, L()), (LS, LS()), (T, T()),
                  (TS, TS()), (TS1, TS1()), (I, I(5)), (IS, IS(5)), (B, B(b'ab')), (St, St('x')), (D, D()),
                  (Se, Se()), (F, F(1.5)), (Ex, Ex()), (ExS, ExS()), (KE, KE()), (OS, OS()), (C2, C2()),
                  (C3, C3()), (C4, C4()), (M, None), (Ob, Ob()), (G, G()), (A, None), (Concrete, Concrete())]:
    show(cls, inst)

print(sorted(k for k in I.__dict__), sorted(k for k in T.__dict__), sorted(k for k in C.__dict__))
print(type(type.__dict__['__basicsize__']).__name__, type(type.__dict__['__flags__']).__name__)
