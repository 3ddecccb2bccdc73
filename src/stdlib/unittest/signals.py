"""Ctrl-C handling for test runs (-c/--catch): the first interrupt asks the
registered results to stop after the current test, the second one is
handled as usual (KeyboardInterrupt)."""

import functools

try:
    from weakref import WeakKeyDictionary as _Registry
except ImportError:
    _Registry = dict

__unittest = True

_results = _Registry()      # result -> 1, for every result of a running run
_interrupt_handler = None


class _InterruptHandler(object):
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = self.default_handler = default_handler

    def _previous(self, signum, frame):
        handler = self.default_handler
        if callable(handler):
            handler(signum, frame)
        else:
            raise KeyboardInterrupt

    def __call__(self, signum, frame):
        import signal
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            # Replaced by someone else, or a second Ctrl-C.
            self._previous(signum, frame)
        self.called = True
        for res in list(_results.keys()):
            res.stop()


def registerResult(result):
    """Have result stopped by Ctrl-C (once installHandler() ran)."""
    _results[result] = 1


def removeResult(result):
    return _results.pop(result, None) is not None


def installHandler():
    """Install the Ctrl-C handler (does nothing without a signal module)."""
    global _interrupt_handler
    if _interrupt_handler is not None:
        return
    try:
        import signal
    except ImportError:
        return
    _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the previous Ctrl-C handler; as a decorator, do so while the
    decorated function runs."""
    global _interrupt_handler
    if method is None:
        if _interrupt_handler is not None:
            import signal
            signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
            _interrupt_handler = None
        return None

    @functools.wraps(method)
    def without_handler(*args, **kwargs):
        import signal
        current = signal.getsignal(signal.SIGINT)
        removeHandler()
        try:
            return method(*args, **kwargs)
        finally:
            signal.signal(signal.SIGINT, current)
    return without_handler
