import dataclasses, enum, abc, types, copy, contextlib, pprint, reprlib
class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
print(Color.RED, repr(Color.GREEN), Color(1), Color['GREEN'], list(Color), Color.RED.name, Color.RED.value)
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Perm.R | Perm.W, repr(Perm.R | Perm.W))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(a=1, b='x'); print(ns, ns == types.SimpleNamespace(a=1, b='x'))
orig = {'a': [1, 2], 'b': {'c': 3}}
deep = copy.deepcopy(orig); deep['a'].append(3); print(orig, deep, copy.copy([1, [2]]))
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)
with tag('b') as t:
    print('inside', t)
with contextlib.suppress(KeyError):
    {}['x']
print('suppressed ok')
pprint.pprint({'k%d' % i: list(range(i)) for i in range(8)})
print(reprlib.repr(list(range(100))))
