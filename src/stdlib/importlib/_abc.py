"""Subset of importlib.abc used to reduce importlib.util imports."""
from . import _bootstrap
import abc


class Loader(metaclass=abc.ABCMeta):

    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load.

        This method should raise ImportError if anything prevents it
        from creating a new module.  It may return None to indicate
        that the spec should create the new module.
        """
        return None

    def load_module(self, fullname):
        """Return the loaded module (deprecated)."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        spec = _bootstrap.spec_from_loader(fullname, self)
        return _bootstrap._load_by_spec(spec, fullname)
