"""importlib for pyrite: the public face of the import system.

The interpreter loads ``_frozen_importlib`` (and ``_frozen_importlib_external``)
at startup; this package re-exposes them as ``importlib._bootstrap`` and
``importlib._bootstrap_external`` and adds import_module/reload/etc. on top.
"""

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import _imp
import sys

import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external


def _adopt(mod, dotted):
    # Give a startup module its package-qualified identity.
    mod.__name__ = dotted
    mod.__package__ = 'importlib'
    sys.modules[dotted] = mod


_adopt(_bootstrap, 'importlib._bootstrap')
_adopt(_bootstrap_external, 'importlib._bootstrap_external')
del _adopt


def _pack_uint32(x):
    return (int(x) & 0xFFFFFFFF).to_bytes(4, 'little')


def _unpack_uint32(data):
    return int.from_bytes(data, 'little')


__import__ = __import__


def _leading_dots(text):
    return len(text) - len(text.lstrip('.'))


def invalidate_caches():
    """Ask every finder on sys.meta_path that supports it to clear its caches."""
    for finder in sys.meta_path:
        flush = getattr(finder, 'invalidate_caches', None)
        if flush is not None:
            flush()


def find_loader(name, path=None):
    """Deprecated: the loader that would import *name*, or None."""
    if name in sys.modules:
        mod = sys.modules[name]
        if not hasattr(mod, '__loader__'):
            raise ValueError(f'{name}.__loader__ is not set')
        if mod.__loader__ is None:
            raise ValueError(f'{name}.__loader__ is None')
        return mod.__loader__
    spec = _bootstrap._find_spec(name, path)
    if spec is None:
        return None
    if spec.loader is not None:
        return spec.loader
    if spec.submodule_search_locations is not None:
        raise ImportError('namespace packages do not have loaders', name=name)
    raise ImportError(f'spec for {name} missing loader', name=name)


def import_module(name, package=None):
    """Import *name* and return the module.

    A relative *name* (leading dots) is resolved against *package*, which is
    then mandatory.
    """
    depth = _leading_dots(name)
    if depth and not package:
        raise TypeError("the 'package' argument is required to perform a "
                        f"relative import for {name!r}")
    return _bootstrap._gcd_import(name[depth:], package, depth)


# Modules being reloaded right now, so a recursive reload returns at once.
_in_progress = {}


def _name_for_reload(module):
    try:
        return module.__spec__.name
    except AttributeError:
        pass
    try:
        return module.__name__
    except AttributeError:
        raise TypeError("reload() argument must be a module")


def _parent_search_path(name):
    parent, _, _ = name.rpartition('.')
    if not parent:
        return None
    if parent not in sys.modules:
        raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
    return sys.modules[parent].__path__


def _reexecute(name, module):
    spec = _bootstrap._find_spec(name, _parent_search_path(name), module)
    module.__spec__ = spec
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    _bootstrap._init_module_attrs(spec, module, override=True)
    loader = spec.loader
    if loader is not None:
        if hasattr(loader, 'exec_module'):
            loader.exec_module(module)
        else:
            loader.load_module(name)
    return sys.modules[name]


def reload(module):
    """Execute an already imported *module* again and return the result."""
    name = _name_for_reload(module)
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _in_progress:
        return _in_progress[name]
    _in_progress[name] = module
    try:
        return _reexecute(name, module)
    finally:
        _in_progress.pop(name, None)
