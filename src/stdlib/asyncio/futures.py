"""Future: a slot for a result that arrives later. Tasks await futures;
whoever produces the outcome calls set_result / set_exception / cancel,
which schedules the registered done-callbacks on the loop."""

from . import events
from . import exceptions

__all__ = ('Future', 'wrap_future', 'isfuture')

# The phases a future goes through (also what its repr shows).
_WAITING = 'pending'
_CANCELLED = 'cancelled'
_DONE = 'finished'


def isfuture(obj):
    """Duck-typed test: asyncio futures carry `_asyncio_future_blocking`."""
    flag = getattr(type(obj), '_asyncio_future_blocking', None)
    return flag is not None and obj._asyncio_future_blocking is not None


class Future:
    # Set by __await__ just before yielding the future to the task: the
    # task then knows it must wait for this future (see Task._handle).
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._owner = events.get_event_loop() if loop is None else loop
        self._phase = _WAITING
        self._value = None
        self._error = None
        self._error_tb = None
        self._cancel_msg = None
        self._stored_cancel = None
        self._done_cbs = []

    # -- inspection
    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._describe())}>"

    def _describe(self):
        words = [self._phase]
        if self._phase == _DONE:
            words.append(f'exception={self._error!r}' if self._error is not None
                         else f'result={self._value!r}')
        if self._done_cbs:
            shown = ', '.join(events._format_callback(cb) + '()' for cb, _ in self._done_cbs)
            words.append(f'cb=[{shown}]')
        return words

    def get_loop(self):
        return self._owner

    def done(self):
        return self._phase != _WAITING

    def cancelled(self):
        return self._phase == _CANCELLED

    # -- outcome
    def _cancellation(self):
        """The CancelledError to raise for a cancelled future: the one that
        cancelled the task, if recorded, else a new one with the message."""
        stored, self._stored_cancel = self._stored_cancel, None
        if stored is not None:
            return stored
        args = () if self._cancel_msg is None else (self._cancel_msg,)
        return exceptions.CancelledError(*args)

    def result(self):
        phase = self._phase
        if phase == _DONE:
            if self._error is None:
                return self._value
            raise self._error.with_traceback(self._error_tb)
        if phase == _CANCELLED:
            raise self._cancellation()
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        phase = self._phase
        if phase == _DONE:
            return self._error
        if phase == _CANCELLED:
            raise self._cancellation()
        raise exceptions.InvalidStateError('Exception is not set.')

    def _finish(self, phase):
        self._phase = phase
        pending, self._done_cbs = self._done_cbs, []
        for fn, ctx in pending:
            self._owner.call_soon(fn, self, context=ctx)

    def _require_waiting(self):
        if self._phase != _WAITING:
            raise exceptions.InvalidStateError(f'{self._phase.upper()}: {self!r}')

    def set_result(self, result):
        self._require_waiting()
        self._value = result
        self._finish(_DONE)

    def set_exception(self, exception):
        self._require_waiting()
        exc = exception() if isinstance(exception, type) else exception
        if type(exc) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._error = exc
        self._error_tb = exc.__traceback__
        self._finish(_DONE)

    def cancel(self, msg=None):
        if self._phase != _WAITING:
            return False
        self._cancel_msg = msg
        self._finish(_CANCELLED)
        return True

    # -- callbacks
    def add_done_callback(self, fn, *, context=None):
        if self._phase == _WAITING:
            self._done_cbs.append((fn, context))
        else:
            self._owner.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        before = len(self._done_cbs)
        self._done_cbs = [entry for entry in self._done_cbs if entry[0] != fn]
        return before - len(self._done_cbs)

    # -- awaiting
    def __await__(self):
        if self._phase == _WAITING:
            self._asyncio_future_blocking = True
            yield self
            if self._phase == _WAITING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _mirror(dst, src):
    """Gives `dst` the outcome `src` ended with."""
    if src.cancelled():
        dst.cancel()
        return
    err = src.exception()
    if err is None:
        dst.set_result(src.result())
    else:
        dst.set_exception(err)


def wrap_future(future, *, loop=None):
    """An asyncio future following `future` (an asyncio future is returned as is)."""
    if isfuture(future):
        return future
    owner = events.get_event_loop() if loop is None else loop
    twin = owner.create_future()
    if future.done():
        _mirror(twin, future)
    else:
        future.add_done_callback(lambda src: owner.call_soon(_mirror, twin, src))
    return twin
