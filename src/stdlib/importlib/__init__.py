"""A pure Python implementation of import (pyrite's importlib).

``import_module``, ``reload`` and ``invalidate_caches`` over the runtime's
import system; ``importlib._bootstrap`` is the ``_frozen_importlib`` module
the interpreter loads at startup.
"""

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import _imp
import sys

import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external

_bootstrap.__name__ = 'importlib._bootstrap'
_bootstrap.__package__ = 'importlib'
_bootstrap_external.__name__ = 'importlib._bootstrap_external'
_bootstrap_external.__package__ = 'importlib'
sys.modules['importlib._bootstrap'] = _bootstrap
sys.modules['importlib._bootstrap_external'] = _bootstrap_external

_pack_uint32 = lambda x: (int(x) & 0xFFFFFFFF).to_bytes(4, 'little')
_unpack_uint32 = lambda data: int.from_bytes(data, 'little')

__import__ = __import__


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented)."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def find_loader(name, path=None):
    """Return the loader for the specified module (deprecated)."""
    try:
        loader = sys.modules[name].__loader__
        if loader is None:
            raise ValueError(f'{name}.__loader__ is None')
        return loader
    except KeyError:
        pass
    except AttributeError:
        raise ValueError(f'{name}.__loader__ is not set') from None
    spec = _bootstrap._find_spec(name, path)
    if spec is None:
        return None
    if spec.loader is None:
        if spec.submodule_search_locations is None:
            raise ImportError(f'spec for {name} missing loader', name=name)
        raise ImportError('namespace packages do not have loaders', name=name)
    return spec.loader


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


_RELOADING = {}


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.
    """
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")

    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            else:
                pkgpath = parent.__path__
        else:
            pkgpath = None
        target = module
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, target)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._init_module_attrs(spec, module, override=True)
        if spec.loader is not None:
            if hasattr(spec.loader, 'exec_module'):
                spec.loader.exec_module(module)
            else:
                spec.loader.load_module(name)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
