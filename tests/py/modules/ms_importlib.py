import importlib, importlib.util, importlib.machinery, sys, os
m = importlib.import_module("_ms_pkg._sub")
print(m.counter, m.__name__, m.__package__)
m2 = importlib.reload(m)
print(m2 is m, m.counter)
r = importlib.import_module("._sub", "_ms_pkg")
print(r is m)
try: importlib.import_module("._sub")
except TypeError as e: print("TE", e)
try: importlib.import_module("no_such_mod_zz")
except ModuleNotFoundError as e: print("MNF", e, e.name)
try: importlib.reload(42)
except TypeError as e: print("TE", e)
print(importlib.invalidate_caches())
spec = importlib.util.find_spec("_ms_plain")
print(spec.name, spec.origin.endswith("_ms_plain.py"), spec.parent == '', spec.has_location, type(spec.loader).__name__)
print(importlib.util.find_spec("no_such_zz"), importlib.util.find_spec("sys"))
print(importlib.util.find_spec("_ms_pkg").submodule_search_locations == [os.path.abspath("_ms_pkg")])
mod = importlib.util.module_from_spec(spec)
print(mod, hasattr(mod, "x"))
spec.loader.exec_module(mod)
print(mod.x, "_ms_plain" in sys.modules)
path = os.path.abspath("_ms_plain.py")
s2 = importlib.util.spec_from_file_location("other_name", path)
print(repr(s2).startswith("ModuleSpec(name='other_name', loader=<_frozen_importlib_external.SourceFileLoader object at"), s2.cached.endswith("__pycache__/_ms_plain.cpython-311.pyc"))
m3 = importlib.util.module_from_spec(s2)
s2.loader.exec_module(m3)
print(m3.x, m3.__name__, m3.__file__ == path, sorted(k for k in vars(m3) if k.startswith('__')))
print(importlib.util.resolve_name("..x", "a.b.c"), importlib.util.MAGIC_NUMBER)
print(importlib.util.cache_from_source('/a/b.py'), importlib.util.source_from_cache('/a/__pycache__/b.cpython-311.pyc'))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES, importlib.machinery.all_suffixes()[:2])
print(importlib.machinery.ModuleSpec("q", None))
print(type(sys.meta_path), [getattr(f, '__name__', f) for f in sys.meta_path][-3:], type(sys.path_hooks), type(sys.path_importer_cache))
print(sys.modules['sys'].__spec__)
print(importlib.machinery.BuiltinImporter.find_spec('gc'))
import json
print(json.__spec__.name, json.__spec__.submodule_search_locations is not None, json.__spec__.parent, json.decoder.__spec__.parent)
print(importlib.util.find_spec('json.decoder').name)
class Finder:
    def find_spec(self, name, path, target=None):
        if name == "virtual_mod":
            return importlib.util.spec_from_loader(name, Loader())
        return None
class Loader:
    def create_module(self, spec): return None
    def exec_module(self, module): module.answer = 42
sys.meta_path.insert(0, Finder())
import virtual_mod
print(virtual_mod.answer, virtual_mod.__spec__.name, virtual_mod.__loader__.__class__.__name__)
sys.meta_path.pop(0)
print(importlib.__name__, importlib._bootstrap.__name__, importlib.__spec__.name)
print(m.__loader__.get_source("_ms_pkg._sub").splitlines()[0])
print(json.__loader__.get_source("json") is not None)
