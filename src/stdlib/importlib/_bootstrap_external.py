"""Path-based import machinery (CPython's ``_frozen_importlib_external``),
pyrite's version: ``SourceFileLoader``, ``FileFinder``, ``PathFinder``,
``spec_from_file_location``, ``cache_from_source`` and friends.

Searching is done by the runtime (``_imp._pyrite_find``, the same search the
``import`` statement uses: ``sys.path`` then the embedded standard library),
and files are read through ``_imp._pyrite_read``, which also serves the
embedded modules' ``<pyrite-stdlib>/...`` paths. pyrite never writes
bytecode caches; ``__cached__`` still names the file CPython would write.
"""

import sys
import _imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = _imp.extension_suffixes()
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')
_PYCACHE = '__pycache__'
_OPT = 'opt-'
path_sep = '/'
path_separators = '/'


def _path_join(*parts):
    out = ''
    for p in parts:
        if not p:
            continue
        if p.startswith('/') or not out:
            out = p
        else:
            out = out.rstrip('/') + '/' + p
    return out


def _path_split(path):
    i = path.rfind('/')
    if i < 0:
        return '', path
    return path[:i], path[i + 1:]


def _path_isabs(path):
    return path.startswith('/')


def _path_abspath(path):
    if _path_isabs(path) or path.startswith('<'):
        return path
    import posix
    return _path_join(posix.getcwd(), path)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path CPython would use for the source file `path`."""
    if hasattr(path, '__fspath__'):
        path = path.__fspath__()
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    almost_filename = ''.join([(base if base else rest), sep, tag])
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost_filename = f'{almost_filename}.{_OPT}{optimization}'
    filename = almost_filename + BYTECODE_SUFFIXES[0]
    return _path_join(head, _PYCACHE, filename)


def source_from_cache(path):
    """The source path of a .pyc file in a __pycache__ directory."""
    if hasattr(path, '__fspath__'):
        path = path.__fspath__()
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, pycache_filename = _path_split(path)
    head, pycache = _path_split(head)
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith(_OPT):
            raise ValueError("optimization portion of filename does not start "
                             f"with {_OPT!r}")
        opt_level = optimization[len(_OPT):]
        if not opt_level.isalnum():
            raise ValueError(f"optimization level {optimization!r} is not an "
                             "alphanumeric value")
    base_filename = pycache_filename.partition('.')[0]
    return _path_join(head, base_filename + SOURCE_SUFFIXES[0])


def _get_cached(filename):
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            pass
    elif filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string."""
    if isinstance(source_bytes, str):
        return source_bytes
    text = bytes(source_bytes).decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')


class FileLoader:
    """Base file loader class which implements the loader protocol methods
    that require file system usage."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        data = _imp._pyrite_read(path)
        if data is None:
            raise FileNotFoundError(2, 'No such file or directory', path)
        return data

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def load_module(self, fullname=None):
        """Deprecated: runs the module (again) and returns it."""
        if fullname is None:
            fullname = self.name
        module = sys.modules.get(fullname)
        if module is not None:
            self.exec_module(module)
            return module
        return _load(spec_from_file_location(fullname, self.path, loader=self))

    def get_resource_reader(self, module):
        return None


def _load(spec):
    import _frozen_importlib
    return _frozen_importlib._load_by_spec(spec, spec.name)


class SourceLoader:

    def path_mtime(self, path):
        import posix
        return posix.stat(path).st_mtime

    def path_stats(self, path):
        import posix
        st = posix.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()',
                              name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(decode_source(data), path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        source_bytes = self.get_data(source_path)
        return self.source_to_code(source_bytes, source_path)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when '
                              'get_code() returns None')
        exec(code, module.__dict__)


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""

    def set_data(self, path, data, *, _mode=0o666):
        """pyrite writes no bytecode files."""


class SourcelessFileLoader(FileLoader):
    """Loader for .pyc files (pyrite cannot run CPython bytecode)."""

    def get_code(self, fullname):
        raise ImportError('pyrite cannot load bytecode files', name=fullname)

    def exec_module(self, module):
        self.get_code(module.__name__)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    """Loader for extension modules (pyrite cannot load them)."""

    def create_module(self, spec):
        raise ImportError(f'pyrite cannot load extension module {spec.name!r}',
                          name=spec.name)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        return False

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        pass


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    import _frozen_importlib as _bootstrap
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        if hasattr(location, '__fspath__'):
            location = location.__fspath__()
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    spec = _bootstrap.ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        for loader_class, suffixes in _get_supported_file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = _path_split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def _get_supported_file_loaders():
    return [(ExtensionFileLoader, EXTENSION_SUFFIXES),
            (SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


def _spec_from_found(fullname, found):
    import _frozen_importlib as _bootstrap
    kind, origin, search_dir = found
    if kind == 'builtin':
        return _bootstrap.ModuleSpec(fullname, _bootstrap.BuiltinImporter, origin='built-in')
    loader = SourceFileLoader(fullname, origin)
    spec = _bootstrap.ModuleSpec(fullname, loader, origin=origin,
                                 is_package=search_dir is not None)
    spec._set_fileattr = True
    if search_dir is not None:
        spec.submodule_search_locations = [search_dir]
    return spec


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""

    @staticmethod
    def invalidate_caches():
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not _path_isabs(name):
                del sys.path_importer_cache[name]
            elif hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp._pyrite_find(fullname, path, False)
        if found is None:
            return None
        return _spec_from_found(fullname, found)

    @staticmethod
    def find_distributions(*args, **kwargs):
        return iter(())


class FileFinder:
    """File-based finder for one directory."""

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = loaders
        if not path or path == '.':
            import posix
            self.path = posix.getcwd()
        else:
            self.path = _path_abspath(path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        found = _imp._pyrite_find(fullname, [self.path], True)
        if found is None:
            return None
        return _spec_from_found(fullname, found)

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            import posix
            try:
                posix.listdir(path)
            except OSError:
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f'FileFinder({self.path!r})'


class WindowsRegistryFinder:
    """Meta path finder for modules declared in the Windows registry."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None
