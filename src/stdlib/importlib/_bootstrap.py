# pyrite's `_frozen_importlib` (also visible as importlib._bootstrap).
#
# The interpreter itself locates and executes modules (src/vm/import.rs);
# this module only provides what Python code can observe of the import
# system: ModuleSpec objects, the built-in/frozen importers, the import
# attributes of modules and their reprs, and a way to ask the finders a
# program appends to sys.meta_path.  The runtime calls the `_pyrite_*`
# functions below; `_pyrite_ready` tells it the module is usable.

import sys
import _imp

# Set by _setup(): the path-based half (_frozen_importlib_external).
_external = None
# The three finders _setup() installs; anything else on sys.meta_path was
# added by the program.
_STOCK = ()


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name, self.loader, self.origin = name, loader, origin
        self.loader_state, self._cached = loader_state, None
        self.submodule_search_locations = None
        if is_package:
            self.submodule_search_locations = []
        # True when `origin` is a real location (__file__ gets set from it).
        self._located = False

    def __repr__(self):
        parts = ['name=' + repr(self.name), 'loader=' + repr(self.loader)]
        if self.origin is not None:  # (omitted when unknown)
            parts.append('origin=' + repr(self.origin))
        locs = self.submodule_search_locations
        if locs is not None:
            parts.append('submodule_search_locations=%s' % (locs,))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        keys = ('name', 'loader', 'origin', 'submodule_search_locations',
                'cached', 'has_location')
        try:
            return all(getattr(self, k) == getattr(other, k) for k in keys)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self._located and self.origin is not None:
            if _external is not None and self.origin.endswith('.py'):
                self._cached = _external._get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name  # a package is its own parent

    @property
    def has_location(self):
        return self._located

    @has_location.setter
    def has_location(self, flag):
        self._located = bool(flag)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    origin = getattr(loader, '_ORIGIN', None) if origin is None else origin
    if hasattr(loader, 'get_filename') and not origin:
        # A file-based loader: let the external half work out the location.
        kw = {'loader': loader}
        if is_package is not None:
            kw['submodule_search_locations'] = [] if is_package else None
        return _external.spec_from_file_location(name, **kw)
    if is_package is None:
        probe = getattr(loader, 'is_package', None)
        is_package = False
        if probe is not None:
            try:
                is_package = probe(name)
            except ImportError:
                is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=is_package)
    return spec


def _set_attr(module, attr, value, override):
    # Only fill attributes that are missing (or None) unless told to replace;
    # objects that refuse attribute assignment are left alone.
    if not override and getattr(module, attr, None) is not None:
        return
    try:
        setattr(module, attr, value)
    except AttributeError:
        pass


def _init_module_attrs(spec, module, override=False):
    _set_attr(module, '__name__', spec.name, override)
    _set_attr(module, '__loader__', spec.loader, override)
    _set_attr(module, '__package__', spec.parent, override)
    _set_attr(module, '__spec__', spec, True)
    locs = spec.submodule_search_locations
    if locs is not None:
        _set_attr(module, '__path__', locs, override)
    if spec.has_location:
        _set_attr(module, '__file__', spec.origin, override)
        pyc = spec.cached
        if pyc is not None:
            _set_attr(module, '__cached__', pyc, override)
    return module


def module_from_spec(spec):
    loader = spec.loader
    module = None
    if hasattr(loader, 'create_module'):
        module = loader.create_module(spec)
    elif hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also '
                          'define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    return _init_module_attrs(spec, module)


def _repr_from_spec(spec):
    name = spec.name
    if name is None:
        name = '?'
    if spec.origin is not None:
        if spec.has_location:
            return '<module %r from %r>' % (name, spec.origin)
        return '<module %r (%s)>' % (spec.name, spec.origin)
    if spec.loader is None:
        return '<module %r>' % (name,)
    return '<module %r (%r)>' % (name, spec.loader)


def _module_repr(module):
    spec = getattr(module, '__spec__', None)
    if spec:
        try:
            return _repr_from_spec(spec)
        except Exception:
            pass
    name = getattr(module, '__name__', '?')
    if hasattr(module, '__file__'):
        return '<module %r from %r>' % (name, module.__file__)
    ldr = getattr(module, '__loader__', None)
    if ldr is not None:
        return '<module %r (%r)>' % (name, ldr)
    return '<module %r>' % (name,)


class BuiltinImporter:
    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_builtin(fullname):
            return None
        return spec_from_loader(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        if not _imp.is_builtin(spec.name):
            raise ImportError('%r is not a built-in module' % (spec.name,),
                              name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        _imp.exec_builtin(module)

    # Built-in modules have neither code objects nor source, and are never
    # packages.
    get_code = get_source = classmethod(lambda cls, fullname: None)
    is_package = classmethod(lambda cls, fullname: False)

    @classmethod
    def load_module(cls, fullname):
        return _load_by_spec(cls.find_spec(fullname), fullname)


class FrozenImporter:
    # pyrite freezes nothing: this finder never finds anything.
    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        raise ImportError('%r is not a frozen module' % (module.__name__,))

    is_package = classmethod(lambda cls, fullname: False)


def _load_by_spec(spec, name):
    if spec is None:
        raise ModuleNotFoundError('No module named %r' % (name,), name=name)
    key = spec.name
    sys.modules[key] = new = module_from_spec(spec)
    try:
        loader = spec.loader
        if loader is None:
            pass
        elif hasattr(loader, 'exec_module'):
            loader.exec_module(new)
        else:
            loader.load_module(key)
    except BaseException:
        sys.modules.pop(key, None)
        raise
    # A module may replace itself in sys.modules while it runs.
    return sys.modules[key]


def _find_spec(name, path, target=None):  # used by importlib.util
    finders = sys.meta_path
    if finders is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    for finder in finders:
        method = getattr(finder, 'find_spec', None)
        if method is None:
            continue
        spec = method(name, path, target)
        if spec is None:
            continue
        if target is None and name in sys.modules:
            existing = getattr(sys.modules[name], '__spec__', None)
            if existing:
                return existing
        return spec
    return None


def _resolve_name(name, package, level):
    pieces = package.rsplit('.', level - 1)
    if level > len(pieces):
        raise ImportError('attempted relative import beyond top-level package')
    if name:
        return pieces[0] + '.' + name
    return pieces[0]


def _gcd_import(name, package=None, level=0):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not %s' % (type(name),))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level == 0:
        if not name:
            raise ValueError('Empty module name')
    elif not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    elif package:
        name = _resolve_name(name, package, level)  # now absolute
    else:
        raise ImportError('attempted relative import with no known parent package')
    __import__(name)
    return sys.modules[name]


# ---- entry points used by the runtime -------------------------------------

def _pyrite_custom_find(name, path, before):
    # Ask the finders a program added to sys.meta_path: with before=True
    # those in front of the PathFinder, else those after it.  Returns the
    # loaded module, or None when none of them knows `name`.
    finders = sys.meta_path
    if not isinstance(finders, list) or not _STOCK:
        return None
    extra = [f for f in finders if not any(f is s for s in _STOCK)]
    if not extra:
        return None
    path_finder = _STOCK[2]
    after_path_finder = False
    for finder in list(finders):
        if finder is path_finder:
            after_path_finder = True
            continue
        if finder not in extra or after_path_finder is before:
            continue
        method = getattr(finder, 'find_spec', None)
        if method is None:
            continue
        spec = method(name, path, None)
        if spec is not None:
            return _load_by_spec(spec, name)
    return None


def _runtime_spec(name, kind, origin, search_dir):
    if kind == 'builtin':
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    spec = ModuleSpec(name, _external.SourceFileLoader(name, origin),
                      origin=origin, is_package=search_dir is not None)
    spec._located = True
    if search_dir is not None:
        spec.submodule_search_locations = [search_dir]
    return spec


def _pyrite_init_attrs(module, kind, origin, search_dir):
    # kind: 'builtin', 'source' (a file on sys.path) or 'stdlib' (embedded).
    spec = _runtime_spec(module.__name__, kind, origin, search_dir)
    return _init_module_attrs(spec, module, override=True)


def _pyrite_init_main(module, kind, path, spec_name):
    # kind: 'script', 'module' (-m), 'stdin', or 'string' (-c and the REPL).
    if kind == 'module':
        spec = _runtime_spec(spec_name, 'source', path, None)
        for attr, value in (('__loader__', spec.loader), ('__spec__', spec),
                            ('__package__', spec.parent), ('__file__', path),
                            ('__cached__', spec.cached)):
            setattr(module, attr, value)
    elif kind == 'script':
        module.__loader__ = _external.SourceFileLoader('__main__', path)
        module.__file__ = path
        module.__cached__ = None
    else:
        module.__loader__ = BuiltinImporter
        if kind == 'stdin':
            module.__file__ = path
            module.__cached__ = None
    return module


def _setup(external):
    global _external, _STOCK, _pyrite_ready
    _external = external
    # Modules loaded before this one existed get their attributes now.
    for name, mod in list(sys.modules.items()):
        if name == '__main__' or getattr(mod, '__spec__', None) is not None:
            continue
        if _imp.is_builtin(name):
            _pyrite_init_attrs(mod, 'builtin', None, None)
        elif getattr(mod, '__file__', None):
            dirs = getattr(mod, '__path__', None)
            _pyrite_init_attrs(mod, 'stdlib', mod.__file__, dirs[0] if dirs else None)
    _STOCK = (BuiltinImporter, FrozenImporter, external.PathFinder)
    sys.meta_path = list(_STOCK)
    hook = external.FileFinder.path_hook(
        (external.SourceFileLoader, external.SOURCE_SUFFIXES))
    sys.path_hooks = [hook]
    sys.path_importer_cache = {}
    _pyrite_ready = True
