"""importlib.util for pyrite: helpers for writing importers and finding specs."""
from ._abc import Loader
from ._bootstrap import (module_from_spec, spec_from_loader,
                         _find_spec, _resolve_name)
from ._bootstrap_external import (MAGIC_NUMBER, _RAW_MAGIC_NUMBER,
                                  cache_from_source, source_from_cache,
                                  decode_source, spec_from_file_location)

import _imp
import sys
import types


def source_hash(source_bytes):
    """Hash-based pycs are not supported by pyrite."""
    raise NotImplementedError('pyrite has no hash-based pyc files')


def _count_leading_dots(text):
    n = 0
    while n < len(text) and text[n] == '.':
        n += 1
    return n


def resolve_name(name, package):
    """Turn a (possibly relative) module name into an absolute one."""
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    depth = _count_leading_dots(name)
    return _resolve_name(name[depth:], package, depth)


def _spec_of_loaded(shown_name, mod):
    # A module already in sys.modules: its __spec__ is the answer.
    if mod is None:
        return None
    if not hasattr(mod, '__spec__'):
        raise ValueError(f'{shown_name}.__spec__ is not set')
    found = mod.__spec__
    if found is None:
        raise ValueError(f'{shown_name}.__spec__ is None')
    return found


def _find_spec_from_path(name, path=None):
    if name in sys.modules:
        return _spec_of_loaded(name, sys.modules[name])
    return _find_spec(name, path)


def find_spec(name, package=None):
    """Find the spec of module *name*.

    An already imported module answers with its ``__spec__`` (ValueError when
    that is missing or None); otherwise the meta path finders are asked,
    after importing the parent package of a dotted name.
    """
    absolute = name if name[:1] != '.' else resolve_name(name, package)
    if absolute in sys.modules:
        return _spec_of_loaded(name, sys.modules[absolute])
    parent, _, _ = absolute.rpartition('.')
    search_path = None
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        try:
            search_path = pkg.__path__
        except AttributeError as exc:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} "
                f"while trying to find {absolute!r}", name=absolute) from exc
    return _find_spec(absolute, search_path)


class LazyLoader(Loader):
    """Wraps a loader; pyrite executes the module eagerly instead of lazily."""

    def __init__(self, loader):
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        def build(*args, **kwargs):
            return cls(loader(*args, **kwargs))
        return build

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
