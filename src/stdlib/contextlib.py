"""Helpers for with statements: contextmanager, ContextDecorator, suppress,
closing, nullcontext, ExitStack, redirect_stdout/redirect_stderr, chdir and
the AbstractContextManager ABC.

pyrite's own implementation.  The async variants (asynccontextmanager,
AsyncExitStack, aclosing) are not provided.
"""

import abc as _abc
import sys as _sys

__all__ = ['contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
           'suppress', 'chdir']

_COPIED = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')


def _copy_identity(wrapper, wrapped):
    """What functools.wraps does (kept local so contextlib stays light)."""
    for name in _COPIED:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def _defines_all(cls, names):
    """True when every name is found (and not None) along cls.__mro__."""
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(_abc.ABC):
    """ABC of objects usable in a with statement (any class defining
    __enter__ and __exit__ counts as a subclass)."""

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))

    def __enter__(self):
        """Entering returns the manager itself by default."""
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would swallow the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines_all(C, ('__enter__', '__exit__'))


class ContextDecorator:
    """Mixin letting a context manager decorate functions: each call of the
    decorated function runs inside the manager."""

    def _recreate_cm(self):
        """The manager to use for one call; single-use managers return a
        fresh copy here."""
        return self

    def __call__(self, func):
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_identity(run_inside, func)


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        own_doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Only a decorator recreates the manager, and it does so before
        # entering: the factory and its arguments are no longer needed.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()           # exception given as a bare class
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as came_out:
            if isinstance(came_out, StopIteration):
                # The generator returned: it swallowed the exception, unless
                # what came out is the StopIteration that was thrown in.
                return came_out is not value
            if came_out is value or _is_converted_stop(came_out, value):
                value.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def _is_converted_stop(error, thrown):
    # PEP 479: a StopIteration escaping a generator becomes a RuntimeError
    # whose __cause__ is the StopIteration.
    return (isinstance(error, RuntimeError) and isinstance(thrown, StopIteration)
            and error.__cause__ is thrown)


def contextmanager(func):
    """Decorator turning a generator function that yields exactly once into
    a factory of context managers (code before the yield runs on entry, the
    rest on exit)."""
    def factory(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_identity(factory, func)


class closing(AbstractContextManager):
    """Calls thing.close() when the with block ends; `as` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _SwapSysStream(AbstractContextManager):
    _attr = None        # name of the sys attribute replaced

    def __init__(self, new_target):
        self._replacement = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(_sys, self._attr))
        setattr(_sys, self._attr, self._replacement)
        return self._replacement

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._attr, self._saved.pop())


class redirect_stdout(_SwapSysStream):
    """Send sys.stdout to another file object inside the with block."""

    _attr = 'stdout'


class redirect_stderr(_SwapSysStream):
    """Send sys.stderr to another file object inside the with block."""

    _attr = 'stderr'


class suppress(AbstractContextManager):
    """Swallow the listed exception types raised in the with block."""

    def __init__(self, *exceptions):
        self._swallowed = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._swallowed)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the with block (process-wide, so
    not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._previous.pop())


def _bound_exit(manager, method):
    def leave(exc_type, exc, tb):
        return method(manager, exc_type, exc, tb)
    leave.__self__ = manager
    return leave


def _relink(raised, previous, outer):
    """Make `previous` the __context__ at the bottom of raised's chain
    (the chain built while the callback ran stops at `outer`, the exception
    being handled around the with statement)."""
    link = raised
    while True:
        above = link.__context__
        if above is None or above is previous:
            return
        if above is outer:
            break
        link = above
    link.__context__ = previous


class ExitStack(AbstractContextManager):
    """A with statement over any number of context managers and callbacks
    chosen at run time; they are unwound in reverse order."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new stack and return it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Register a context manager's __exit__ or an __exit__-like
        callable; returns its argument."""
        method = getattr(type(exit), '__exit__', None)
        self._exit_callbacks.append(exit if method is None else _bound_exit(exit, method))
        return exit

    def enter_context(self, cm):
        """Enter cm and register its exit; returns what __enter__ returned."""
        kind = type(cm)
        enter = getattr(kind, '__enter__', None)
        leave = getattr(kind, '__exit__', None)
        if enter is None or leave is None:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (kind.__module__, kind.__qualname__))
        value = enter(cm)
        self._exit_callbacks.append(_bound_exit(cm, leave))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit (it never sees or
        swallows the exception); returns callback."""
        def run(exc_type, exc, tb):
            callback(*args, **kwds)
        run.__wrapped__ = callback
        self._exit_callbacks.append(run)
        return callback

    def close(self):
        """Unwind everything now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_error = exc_details[0] is not None
        outer = _sys.exc_info()[1]
        current = exc_details       # exception passed to the next callback
        swallowed = False
        failing = False
        while self._exit_callbacks:
            unwind = self._exit_callbacks.pop()
            try:
                if unwind(*current):
                    current = (None, None, None)
                    swallowed, failing = True, False
            except BaseException as new:
                _relink(new, current[1], outer)
                current = (type(new), new, new.__traceback__)
                failing = True
        if not failing:
            return had_error and swallowed
        error = current[1]
        keep = error.__context__
        try:
            raise error
        except BaseException:
            # Re-raising here sets __context__ to `outer`; restore the chain.
            error.__context__ = keep
            raise
