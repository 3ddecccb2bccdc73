"""importlib.abc for pyrite: the abstract classes of the import protocols."""
import abc

from . import _bootstrap_external, machinery
from ._abc import Loader

__all__ = [
    'Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder',
    'ResourceLoader', 'InspectLoader', 'ExecutionLoader',
    'FileLoader', 'SourceLoader',
]


def _claim(base, *concrete):
    # Make the runtime's concrete importers virtual subclasses of *base*.
    for klass in concrete:
        base.register(klass)


class Finder(metaclass=abc.ABCMeta):
    """Old-style finder base (kept for compatibility)."""


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Base for finders that live on sys.meta_path."""

    def invalidate_caches(self):
        """Drop any cached state (optional; no-op here)."""


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Base for the per-directory finders that PathFinder consults."""

    def invalidate_caches(self):
        """Drop any cached state (optional; no-op here)."""


_claim(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter,
       machinery.PathFinder, machinery.WindowsRegistryFinder)
_claim(PathEntryFinder, machinery.FileFinder)


class ResourceLoader(Loader):
    """A loader that can hand back raw bytes by path."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can expose source and code of the modules it loads."""

    def is_package(self, fullname):
        raise ImportError

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        text = self.get_source(fullname)
        return None if text is None else self.source_to_code(text)

    def exec_module(self, module):
        modname = module.__name__
        code = self.get_code(modname)
        if code is None:
            raise ImportError(f'cannot load module {modname!r} when '
                              'get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that also knows the file a module comes from."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        text = self.get_source(fullname)
        if text is None:
            return None
        try:
            where = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(text)
        return self.source_to_code(text, where)


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """File-backed loader: the runtime's FileLoader plus the ABC interfaces."""


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """Loader for source files; subclasses supply path_mtime/path_stats."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Store bytes at *path* (optional; ignored here)."""


_claim(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter)
_claim(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)
_claim(SourceLoader, machinery.SourceFileLoader)
