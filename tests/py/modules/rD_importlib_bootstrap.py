# importlib's bootstrap objects: ModuleSpec (repr, eq, parent, cached),
# spec_from_loader, module_from_spec, module reprs built from specs and
# loaders, the built-in/frozen importers, .pyc path helpers, finders added to
# sys.meta_path.
import importlib.machinery as machinery
import importlib.util as util
import sys

MS = machinery.ModuleSpec
s = MS('pkg.mod', None)
print(s, s.parent, s.has_location, s.cached, s.submodule_search_locations)
p = MS('pkg', None, origin='somewhere', is_package=True)
print(p, p.parent)
p.submodule_search_locations.append('/x')
print(p)
print(MS('a', None) == MS('a', None), MS('a', None) == MS('b', None), MS('a', None) == 3)
try:
    hash(s)
except TypeError as e:
    print('TypeError:', e)
loc = MS('located', None, origin='/tmp/located.py')
loc.has_location = True
print(loc.cached, loc.has_location)
loc.cached = 'elsewhere.pyc'
print(loc.cached)


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.ran = True

    def is_package(self, name):
        return name == 'pkgish'

    def __repr__(self):
        return '<Loader>'


spec = util.spec_from_loader('plain', Loader())
print(spec, spec.submodule_search_locations)
print(util.spec_from_loader('pkgish', Loader()))
print(util.spec_from_loader('withorigin', Loader(), origin='made up'))
m = util.module_from_spec(spec)
print(m, m.__spec__ is spec, m.__loader__, repr(m.__package__))
spec.loader.exec_module(m)
print(m.ran)


class NoCreate:
    def exec_module(self, module):
        pass


try:
    util.module_from_spec(MS('x', NoCreate()))
except ImportError as e:
    print('ImportError:', e)

M = type(sys)
bare = M('bare')
print(bare)
bare.__loader__ = Loader()
print(bare)
bare.__file__ = '/some/file.py'
print(bare)
bare.__spec__ = MS('bare', None, origin='an origin')
print(bare)
bare.__spec__ = MS('bare', Loader())
print(bare)
nameless = M('x')
del nameless.__name__
print(repr(nameless))
print(sys, machinery.BuiltinImporter, machinery.FrozenImporter)

BI = machinery.BuiltinImporter
print(BI.find_spec('sys'), BI.find_spec('no_such_thing'))
print(BI.get_code('sys'), BI.get_source('sys'), BI.is_package('sys'))
try:
    BI.create_module(MS('not_builtin', BI))
except ImportError as e:
    print('ImportError:', e, e.name)

print(util.cache_from_source('/a/b/c.py'), util.cache_from_source('x.py', optimization=2))
print(util.cache_from_source('/a/noext'), util.cache_from_source('/a/.hidden'))
try:
    util.cache_from_source('/a/b.py', optimization='a-b')
except ValueError as e:
    print('ValueError:', e)
print(util.source_from_cache('/a/__pycache__/c.cpython-311.pyc'))
print(util.source_from_cache('/a/__pycache__/c.cpython-311.opt-1.pyc'))
for bad in ('/a/c.cpython-311.pyc', '/a/__pycache__/c.pyc', '/a/__pycache__/c.cpython-311.x-1.pyc',
            '/a/__pycache__/c.cpython-311.opt-.pyc'):
    try:
        util.source_from_cache(bad)
    except ValueError as e:
        print('ValueError:', e)
print(repr(util.decode_source(b'a = 1\r\nb = 2\rc = 3\n')))
print(util.MAGIC_NUMBER, machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES)
print(machinery.all_suffixes()[:2])
fs = util.spec_from_file_location('thing', '/nowhere/thing.py')
print(fs.name, fs.origin, fs.has_location, fs.cached, type(fs.loader).__name__,
      fs.submodule_search_locations)
ps = util.spec_from_file_location('pk', '/nowhere/pk/__init__.py')
print(ps.submodule_search_locations, ps.parent, ps.loader.is_package('pk'))
print(util.spec_from_file_location('odd', '/nowhere/odd.txt'))
print(util.spec_from_file_location('given', '/n/g.py', submodule_search_locations=['/n']).submodule_search_locations)
sl = machinery.SourceFileLoader('n', '/p/n.py')
print(sl == machinery.SourceFileLoader('n', '/p/n.py'), sl == machinery.SourceFileLoader('n', '/p/m.py'),
      hash(sl) == hash(machinery.SourceFileLoader('n', '/p/n.py')), sl.get_filename('n'))
try:
    sl.get_data('/p/n.py')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    sl.get_source('n')
except ImportError as e:
    print('ImportError:', e, type(e.__cause__).__name__)


# A finder on sys.meta_path serves names nothing else knows.
class Finder:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name == 'virtual_mod':
            return util.spec_from_loader(name, VirtualLoader())
        return None


class VirtualLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.value = 42


sys.meta_path.append(Finder)
import virtual_mod
print(virtual_mod.value, virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
print(util.find_spec('virtual_mod') is virtual_mod.__spec__)
sys.meta_path.remove(Finder)
print(importlib_ok := 'importlib' in sys.modules)
