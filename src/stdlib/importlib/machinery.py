"""importlib.machinery for pyrite: the runtime's finders, loaders and the
file suffix lists, gathered in one namespace."""

from ._bootstrap import ModuleSpec, BuiltinImporter, FrozenImporter
from ._bootstrap_external import (
    SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES,
    DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES,
    PathFinder, FileFinder, WindowsRegistryFinder,
    SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader,
    NamespaceLoader,
)


def all_suffixes():
    """Every file suffix an importable module may have (source, bytecode,
    extension)."""
    return [*SOURCE_SUFFIXES, *BYTECODE_SUFFIXES, *EXTENSION_SUFFIXES]
