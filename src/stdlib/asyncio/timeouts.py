"""asyncio.timeout() / timeout_at(): cancel the enclosed block's task when
the deadline passes, and turn that cancellation into TimeoutError."""

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')

_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    """The async context manager timeout() and timeout_at() return."""

    def __init__(self, when):
        self._state = _CREATED
        self._handle = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _ENTERED:
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = [self._state]
        if self._state is _ENTERED:
            info.append(f'when={self._when!r}' if self._when is not None else 'when=None')
        return f"<Timeout [{' '.join(info)}]>"

    async def __aenter__(self):
        self._state = _ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
                raise TimeoutError
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._handle = None


def timeout(delay):
    """A Timeout expiring `delay` seconds from now (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout expiring at loop time `when` (None: never)."""
    return Timeout(when)
