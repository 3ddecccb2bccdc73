"""The Loader ABC, kept apart so importlib.util need not import importlib.abc."""
import abc

from . import _bootstrap


class Loader(metaclass=abc.ABCMeta):
    """Base class for import loaders."""

    def create_module(self, spec):
        """Make the module object for *spec*; None asks the import system
        to create a default module (raise ImportError to refuse)."""
        return None

    def load_module(self, fullname):
        """Deprecated loading entry point, implemented via exec_module()."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        return _bootstrap._load_by_spec(_bootstrap.spec_from_loader(fullname, self),
                                        fullname)
