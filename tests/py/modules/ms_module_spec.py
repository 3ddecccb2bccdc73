# Module import attributes: __spec__, __loader__, __package__, __file__, __cached__, __path__.
import os, sys
import _ms_plain, _ms_pkg, _ms_pkg._sub
here = os.getcwd()
def rel(p):
    return p.replace(here, '.') if isinstance(p, str) else p
for m in (_ms_plain, _ms_pkg, _ms_pkg._sub):
    spec = m.__spec__
    print(m.__name__, repr(spec).replace(repr(spec.loader), 'LOADER').replace(here, '.'))
    print(' ', repr(m.__package__), rel(m.__file__), rel(m.__cached__), type(m.__loader__).__name__, m.__loader__ is spec.loader)
    print(' ', repr(spec.parent), spec.has_location, [rel(p) for p in spec.submodule_search_locations or []], rel(spec.origin), rel(spec.cached))
    print(' ', m.__loader__.name, rel(m.__loader__.path), m.__loader__.is_package(m.__name__))
    print(' ', rel(repr(m)))
print([rel(p) for p in _ms_pkg.__path__])
print(sys.__spec__, sys.__loader__, repr(sys.__package__))
print(sys.__spec__.origin, sys.__spec__.has_location, sys.__spec__.cached, repr(sys.__spec__.parent))
print(repr(sys), repr(__builtins__) if not isinstance(__builtins__, dict) else '')
print(__spec__, type(__loader__).__name__, __package__, rel(__file__), __cached__)
print(sorted(vars(_ms_plain)))
print(sorted(vars(_ms_pkg)))
print(list(vars(_ms_plain))[:5])
M = type(sys)
print(M('fresh'), M('fresh').__spec__, M('fresh').__loader__)
import gc, time
print(gc.__spec__, time.__loader__)
print(sys.modules['__main__'].__spec__)
import json, json.decoder, collections.abc
for m in (json, json.decoder, collections.abc):
    s = m.__spec__
    print(m.__name__, s.name, s.parent, m.__package__, s.has_location, type(m.__loader__).__name__,
          m.__file__.endswith(m.__name__.replace('.', '/') + ('/__init__.py' if hasattr(m, '__path__') else '.py')),
          m.__cached__.endswith('.cpython-311.pyc'), s.submodule_search_locations is not None)
print(json.__loader__.get_source('json').count('def dumps('), json.__loader__.is_package('json'))
