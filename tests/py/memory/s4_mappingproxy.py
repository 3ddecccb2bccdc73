# A class's __dict__ is a read-only mappingproxy; types.MappingProxyType as CPython 3.11.
import sys, types
class A:
    x = 1
d = A.__dict__
print(type(d).__name__, type(d))
print(repr(d)[:40])
try:
    d['x'] = 1
except TypeError as e: print(e)
print(sys.getsizeof(d))
m = types.MappingProxyType({'a': 1})
print(m, m.copy(), m.get('a'), m.get('b', 3), list(m.keys()), list(m.values()), list(m.items()), 'a' in m, len(m), list(m), m == {'a': 1}, m | {'b': 2})
print(type(vars(A)).__name__)
print(A.__dict__['x'])
try:
    types.MappingProxyType([])
except TypeError as e: print(e)
print(type(m.copy()))
print(m['a'])
try: del m['a']
except TypeError as e: print(e)
print(hash is not None)
print(str(m), repr(types.MappingProxyType({})))
print(reversed(m))
print(list(reversed(m)))
print({'b': 2} | m)
try:
    m |= {}
except TypeError as e: print(e)
print(m != {'a': 2})
print(type.__dict__['__name__'])
print(A.__dict__ is A.__dict__)
print(sys.getrefcount(A.__dict__))
import collections.abc
print(isinstance(m, collections.abc.Mapping), isinstance(A.__dict__, collections.abc.Mapping))
print(dict(A.__dict__)['x'], 'x' in vars(A), sorted(k for k in A.__dict__ if not k.startswith('__')))
print(types.MappingProxyType(types.MappingProxyType({'z': 0})))
print(type(m) is type(type.__dict__), types.MappingProxyType[int])
try: hash(m)
except TypeError as e: print(e)
try: types.MappingProxyType()
except TypeError as e: print(e)
