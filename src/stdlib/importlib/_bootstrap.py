"""Core of the import system (CPython's ``_frozen_importlib``), pyrite's version.

The interpreter finds and runs modules natively (vm/import.rs); this module
supplies the objects Python code sees: ``ModuleSpec``, ``BuiltinImporter``,
``FrozenImporter``, the module attributes ``__spec__``/``__loader__``/
``__file__``/``__cached__``, module reprs, and the consultation of finders
that programs add to ``sys.meta_path``. It is loaded when the interpreter
starts; ``_pyrite_*`` functions are its hooks for the runtime.
"""

import sys
import _imp

_bootstrap_external = None


def _wrap(new, old):
    for replace in ['__module__', '__name__', '__qualname__', '__doc__']:
        if hasattr(old, replace):
            setattr(new, replace, getattr(old, replace))
    new.__dict__.update(old.__dict__)


class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if _bootstrap_external is not None and self.origin.endswith('.py'):
                self._cached = _bootstrap_external._get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        spec_from_file_location = _bootstrap_external.spec_from_file_location
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _init_module_attrs(spec, module, *, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _module_repr_from_spec(spec):
    name = '?' if spec.name is None else spec.name
    if spec.origin is None:
        if spec.loader is None:
            return f'<module {name!r}>'
        return f'<module {name!r} ({spec.loader!r})>'
    if spec.has_location:
        return f'<module {name!r} from {spec.origin!r}>'
    return f'<module {spec.name!r} ({spec.origin})>'


def _module_repr(module):
    loader = getattr(module, '__loader__', None)
    spec = getattr(module, '__spec__', None)
    if spec:
        try:
            return _module_repr_from_spec(spec)
        except Exception:
            pass
    try:
        name = module.__name__
    except AttributeError:
        name = '?'
    try:
        filename = module.__file__
    except AttributeError:
        if loader is None:
            return f'<module {name!r}>'
        return f'<module {name!r} ({loader!r})>'
    return f'<module {name!r} from {filename!r}>'


class BuiltinImporter:
    """Meta path import for built-in modules."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return spec_from_loader(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names and not _imp.is_builtin(spec.name):
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        _imp.exec_builtin(module)

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def load_module(cls, fullname):
        return _load_by_spec(cls.find_spec(fullname), fullname)


class FrozenImporter:
    """Meta path import for frozen modules (pyrite has none)."""

    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        raise ImportError(f'{module.__name__!r} is not a frozen module')

    @classmethod
    def is_package(cls, fullname):
        return False


def _load_by_spec(spec, name):
    if spec is None:
        raise ModuleNotFoundError(f'No module named {name!r}', name=name)
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        if spec.loader is not None:
            if hasattr(spec.loader, 'exec_module'):
                spec.loader.exec_module(module)
            else:
                spec.loader.load_module(spec.name)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    return sys.modules[spec.name]


def _find_spec(name, path, target=None):
    """The spec the finders on sys.meta_path give for `name` (None if none)."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            if name in sys.modules and target is None:
                module = sys.modules[name]
                try:
                    return module.__spec__ or spec
                except AttributeError:
                    return spec
            return spec
    return None


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    __import__(name)
    return sys.modules[name]


# ----- hooks for the runtime (vm/import.rs) ------------------------------------

_DEFAULT_FINDERS = None


def _pyrite_custom_find(name, path, before):
    """Finders a program put on sys.meta_path: those placed before the
    PathFinder (before=True) or after it. Returns the loaded module or None."""
    meta_path = sys.meta_path
    if not isinstance(meta_path, list):
        return None
    if len(meta_path) == 3 and _DEFAULT_FINDERS is not None and \
            meta_path[0] is _DEFAULT_FINDERS[0] and meta_path[1] is _DEFAULT_FINDERS[1] \
            and meta_path[2] is _DEFAULT_FINDERS[2]:
        return None
    path_finder = _DEFAULT_FINDERS[2] if _DEFAULT_FINDERS else None
    seen_path_finder = False
    for finder in list(meta_path):
        if finder is path_finder:
            seen_path_finder = True
            continue
        if _DEFAULT_FINDERS and finder in _DEFAULT_FINDERS:
            continue
        if seen_path_finder == before:
            continue
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, None)
        if spec is not None:
            return _load_by_spec(spec, name)
    return None


def _pyrite_init_attrs(module, kind, origin, search_dir):
    """Sets __spec__ & co. on a module the runtime has just created
    (kind: 'builtin', 'source' or 'stdlib')."""
    name = module.__name__
    if kind == 'builtin':
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
    else:
        loader = _bootstrap_external.SourceFileLoader(name, origin)
        spec = ModuleSpec(name, loader, origin=origin,
                          is_package=search_dir is not None)
        spec._set_fileattr = True
        if search_dir is not None:
            spec.submodule_search_locations = [search_dir]
    _init_module_attrs(spec, module, override=True)
    return module


def _pyrite_init_main(module, kind, path, spec_name):
    """__main__'s attributes: kind 'script' (a file), 'module' (-m),
    'string' (-c, the REPL) or 'stdin'."""
    if kind == 'script':
        module.__loader__ = _bootstrap_external.SourceFileLoader('__main__', path)
        module.__file__ = path
        module.__cached__ = None
    elif kind == 'module':
        loader = _bootstrap_external.SourceFileLoader(spec_name, path)
        spec = ModuleSpec(spec_name, loader, origin=path)
        spec._set_fileattr = True
        module.__loader__ = loader
        module.__spec__ = spec
        module.__package__ = spec.parent
        module.__file__ = path
        module.__cached__ = spec.cached
    elif kind == 'stdin':
        module.__loader__ = BuiltinImporter
        module.__file__ = path
        module.__cached__ = None
    else:
        module.__loader__ = BuiltinImporter
    return module


def _setup(external):
    global _bootstrap_external, _DEFAULT_FINDERS
    _bootstrap_external = external
    for name, m in list(sys.modules.items()):
        if name == '__main__' or getattr(m, '__spec__', None) is not None:
            continue
        if _imp.is_builtin(name):
            _pyrite_init_attrs(m, 'builtin', None, None)
        elif getattr(m, '__file__', None):
            path = getattr(m, '__path__', None)
            _pyrite_init_attrs(m, 'stdlib', m.__file__, path[0] if path else None)
    _DEFAULT_FINDERS = (BuiltinImporter, FrozenImporter, external.PathFinder)
    sys.meta_path = list(_DEFAULT_FINDERS)
    sys.path_hooks = [external.FileFinder.path_hook(
        (external.SourceFileLoader, external.SOURCE_SUFFIXES))]
    sys.path_importer_cache = {}
    global _pyrite_ready
    _pyrite_ready = True
