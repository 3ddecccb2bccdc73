# pyrite's `_frozen_importlib_external` (also importlib._bootstrap_external):
# the path-based finders and loaders, .pyc path helpers and
# spec_from_file_location.
#
# The search itself is the runtime's (`_imp._pyrite_find`: sys.path, then
# the standard library embedded in the binary), and file contents come from
# `_imp._pyrite_read`, which also serves the embedded `<pyrite-stdlib>/...`
# paths.  pyrite never writes bytecode caches, but __cached__ still names the
# file CPython would use.

import sys
import _imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES = \
    ['.pyc'], ['.pyc'], ['.pyc']
EXTENSION_SUFFIXES = list(_imp.extension_suffixes())
# CPython 3.11's bytecode magic (3495) followed by b'\r\n'.
MAGIC_NUMBER = b'\xa7\r\r\n'
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')
path_sep = '/'
path_separators = '/'


def _fspath(p):
    f = getattr(p, '__fspath__', None)
    return p if f is None else f()


def _path_join(*parts):
    result = ''
    for part in parts:
        if not part:
            continue
        if not result or part[0] == '/':
            result = part
        else:
            result = result.rstrip('/') + '/' + part
    return result


def _path_split(path):
    head, _, tail = path.rpartition('/')
    return head, tail


def _path_isabs(path):
    return path[:1] == '/'


def _path_abspath(path):
    if path[:1] in ('/', '<'):
        return path
    import posix
    return _path_join(posix.getcwd(), path)


def _need_tag():
    t = sys.implementation.cache_tag
    if t is not None:
        return t
    raise NotImplementedError('sys.implementation.cache_tag is None')


def cache_from_source(path, debug_override=None, *, optimization=None):
    path = _fspath(path)
    folder, fname = _path_split(path)
    stem, dot, ext = fname.rpartition('.')
    # (A name without a dot gets the tag glued on: CPython does the same.)
    name = (stem or ext) + dot + _need_tag()
    if optimization is None:
        level = sys.flags.optimize
        optimization = level if level else ''
    opt = str(optimization)
    if opt:
        if not opt.isalnum():
            raise ValueError('%r is not alphanumeric' % (opt,))
        name += '.opt-' + opt
    return _path_join(folder, '__pycache__', name + '.pyc')


def source_from_cache(path):
    path = _fspath(path)
    _need_tag()
    folder, fname = _path_split(path)
    parent, cache_dir = _path_split(folder)
    if cache_dir != '__pycache__':
        raise ValueError('__pycache__ not bottom-level directory in %r' % (path,))
    dots = fname.count('.')
    if dots not in (2, 3):
        raise ValueError('expected only 2 or 3 dots in %r' % (fname,))
    if dots == 3:
        opt = fname.split('.')[2]
        if not opt.startswith('opt-'):
            raise ValueError(
                "optimization portion of filename does not start with 'opt-'")
        if not opt[4:].isalnum():
            raise ValueError('optimization level %r is not an alphanumeric '
                             'value' % (opt,))
    return _path_join(parent, fname.split('.')[0] + '.py')


def _get_cached(origin):
    # The __cached__ value for a module loaded from `origin`.
    if origin.endswith('.pyc'):
        return origin
    if not origin.endswith('.py') or sys.implementation.cache_tag is None:
        return None
    return cache_from_source(origin)


def decode_source(source_bytes):
    data = source_bytes
    if isinstance(data, str):
        return data
    text = bytes(data).decode('utf-8')
    # Universal newlines, as the source reader would apply them.
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _bootstrap():
    import _frozen_importlib
    return _frozen_importlib


class FileLoader:
    def __init__(self, fullname, path):
        self.name, self.path = fullname, path

    def __eq__(self, other):
        return type(self) == type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((self.name, self.path))

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        data = _imp._pyrite_read(path)
        if data is None:
            raise FileNotFoundError(2, 'No such file or directory', path)
        return data

    def is_package(self, fullname):
        # A file named __init__.* makes a package (unless the module itself
        # is called __init__).
        fname = _path_split(self.get_filename(fullname))[1]
        return (fname.rpartition('.')[0] or fname) == '__init__' and \
            fullname.rpartition('.')[2] != '__init__'

    create_module = lambda self, spec: None  # the default module type

    def load_module(self, fullname=None):
        name = self.name if fullname is None else fullname
        existing = sys.modules.get(name)
        if existing is not None:
            self.exec_module(existing)
            return existing
        spec = spec_from_file_location(name, self.path, loader=self)
        return _bootstrap()._load_by_spec(spec, spec.name)

    get_resource_reader = lambda self, module: None


class SourceLoader:
    def path_stats(self, path):
        import posix
        info = posix.stat(path)
        return dict(mtime=info.st_mtime, size=info.st_size)

    path_mtime = lambda self, path: self.path_stats(path)['mtime']

    def get_source(self, fullname):
        where = self.get_filename(fullname)
        try:
            raw = self.get_data(where)
        except OSError as err:
            raise ImportError('source not available through get_data()', name=fullname) from err
        return decode_source(raw)

    def source_to_code(self, data, path, *, _optimize=-1):
        text = decode_source(data)
        return compile(text, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        where = self.get_filename(fullname)
        return self.source_to_code(self.get_data(where), where)

    def exec_module(self, module):
        modname = module.__name__
        co = self.get_code(modname)
        if co is None:
            raise ImportError('cannot load module %r when get_code() returns '
                              'None' % (modname,))
        exec(co, vars(module))


class SourceFileLoader(FileLoader, SourceLoader):
    # pyrite writes no bytecode caches.
    set_data = lambda self, path, data, *, _mode=0o666: None


def _no_source(self, fullname):
    return None


class SourcelessFileLoader(FileLoader):
    # CPython bytecode cannot run on pyrite: loading always fails.
    exec_module = SourceLoader.exec_module  # fails in get_code

    def get_code(self, name):
        raise ImportError('pyrite cannot load bytecode files', name=name)
    get_source = _no_source


class ExtensionFileLoader(FileLoader):
    # Native extension modules cannot be loaded either.
    def create_module(self, spec):
        what = spec.name
        raise ImportError('pyrite cannot load extension module %r' % (what,), name=what)

    exec_module = lambda self, module: None
    is_package = lambda self, fullname: False
    get_code = get_source = _no_source


class NamespaceLoader:
    def __init__(self, name, path, path_finder):
        self._path = path  # only the search locations matter here

    is_package = lambda self, fullname: True
    get_source = lambda self, fullname: ''
    create_module = lambda self, spec: None
    exec_module = lambda self, module: None

    get_code = lambda self, fullname: compile('', '<string>', 'exec', dont_inherit=True)


_DEFAULT = object()


def _loaders_by_suffix():
    return [(ExtensionFileLoader, EXTENSION_SUFFIXES),
            (SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_DEFAULT):
    if location is not None:
        location = _fspath(location)
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    else:
        location = '<unknown>'
        getter = getattr(loader, 'get_filename', None)
        if getter is not None:
            try:
                location = getter(name)
            except ImportError:
                pass
    if loader is None:
        for cls, endings in _loaders_by_suffix():
            if any(location.endswith(e) for e in endings):
                loader = cls(name, location)
                break
        else:
            return None
    spec = _bootstrap().ModuleSpec(name, loader, origin=location)
    spec._located = True
    locs = submodule_search_locations
    if locs is _DEFAULT:
        locs = None
        probe = getattr(loader, 'is_package', None)
        if probe is not None:
            try:
                if probe(name):
                    locs = []
            except ImportError:
                pass
    spec.submodule_search_locations = locs
    if locs == [] and location:
        locs.append(_path_split(location)[0])
    return spec


def _spec_from_found(fullname, found):
    kind, origin, pkg_dir = found
    return _bootstrap()._runtime_spec(fullname, kind, origin, pkg_dir)


def _nothing(*args):
    return None


class PathFinder:
    @staticmethod
    def invalidate_caches():
        cache = sys.path_importer_cache
        for key, finder in list(cache.items()):
            if finder is None or not _path_isabs(key):
                del cache[key]
            else:
                getattr(finder, 'invalidate_caches', _nothing)()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        # The same search as the import statement's.
        found = _imp._pyrite_find(fullname, path, False)
        return None if found is None else _spec_from_found(fullname, found)

    find_distributions = staticmethod(lambda *args, **kwargs: iter(()))


class FileFinder:
    def __init__(self, path, *loader_details):
        # Kept for introspection; the runtime decides what is importable.
        self._loaders = [(suffix, cls) for cls, suffixes in loader_details
                         for suffix in suffixes]
        if path and path != '.':
            self.path = _path_abspath(path)
        else:
            import posix
            self.path = posix.getcwd()

    invalidate_caches = _nothing

    def find_spec(self, fullname, target=None):
        found = _imp._pyrite_find(fullname, [self.path], True)
        return None if found is None else _spec_from_found(fullname, found)

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            import posix
            try:
                posix.listdir(path)
            except OSError:
                raise ImportError('only directories are supported', path=path)
            return cls(path, *details)
        details = loader_details
        return path_hook_for_FileFinder

    def __repr__(self):
        return 'FileFinder(%r)' % (self.path,)


class WindowsRegistryFinder:
    # Never finds anything off Windows.
    find_spec = classmethod(lambda cls, fullname, path=None, target=None: None)
