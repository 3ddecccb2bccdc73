# getset descriptors for native attributes of types, functions and exceptions.
import abc, enum
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
print(A.__abstractmethods__, A.__module__, A.__name__)
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
print(B().f(), B.__abstractmethods__)
class Color(enum.Enum):
    RED = 1
print(Color.RED, Color.__module__, type(Color).__name__)
class M(type): pass
class C(metaclass=M):
    x: int
C.__module__ = "mod"
print(C.__module__, C.__annotations__, repr(C))
C.__name__ = "D"; print(C.__name__)
class E: pass
print(E.__annotations__, E.__module__, int.__module__, type.__module__)
try: int.__annotations__
except AttributeError as e: print(e)
try: E.__abstractmethods__
except AttributeError as e: print(repr(e))
import types
print(types.GenericAlias.__module__, type.__dict__['__name__'], type.__dict__['__module__'])
def f(a=1): pass
print(f.__defaults__, f.__name__, f.__module__)
f.__name__ = "g"; print(f)
try: f.__globals__ = {}
except AttributeError as e: print(e)
print(type(f).__dict__['__code__'], type(f).__dict__['__globals__'])
print(f.__call__(), [].append.__call__(1), len.__call__("ab"), list.append.__call__([], 1))
e = ValueError(1)
print(BaseException.__dict__['args'], e.args)
e.args = (2, 3); print(e.args)
print(BaseException.args.__get__(e), BaseException.__dict__['__traceback__'].__get__(e))
try: BaseException.args.__get__(1)
except TypeError as ex: print(ex)
print(ValueError.__dict__.keys() == {'__init__','__new__','__doc__'}.__class__)
class P:
    @property
    def x(self):
        return 1
    @x.deleter
    def x(self):
        print("deleted")
    @property
    def y(self):
        return 2
p = P()
P.x.__delete__(p)
try:
    P.y.__delete__(p)
except AttributeError as ex:
    print(ex)
class Abstract(abc.ABC):
    @property
    @abc.abstractmethod
    def v(self): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
print(sorted(Abstract.__abstractmethods__), P.x.__isabstractmethod__, Abstract.__dict__['s'].__isabstractmethod__)
class Q:
    def m(self):
        pass
q = Q()
m1, m2 = q.m, q.m
print(m1 == m2, m1 != m2, m1.__ne__(m2), m1.__ne__(Q().m), m1.__ne__(1))
print(1 in {1: 1}.values(), 3 in {1: 1}.values(), hasattr({}.values(), '__contains__'))
print((7).__rdivmod__(100), {1, 2}.__rsub__({2, 3}), {1: 1}.__ror__({2: 2}))
g = (i for i in range(3))
print(g.__name__, g.gi_running)
try:
    g.gi_running = True
except AttributeError as ex:
    print(ex)
print(type(f.__code__).__dict__['co_name'].__get__(f.__code__))
obj = C()
print(obj.__class__.__name__, object.__dict__['__class__'].__get__(obj).__name__)
