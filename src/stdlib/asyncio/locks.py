"""Synchronization for tasks of one loop: Lock, Event, Condition,
Semaphore and BoundedSemaphore. Waiting tasks park on futures kept in
FIFO lists; releasing completes the first one still waiting."""

from . import events
from . import exceptions

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore')


def _new_waiter():
    return events.get_running_loop().create_future()


def _show(obj, state, waiters):
    """The repr asyncio's primitives share: `<asyncio.locks.X object at 0x… [state]>`."""
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'<asyncio.locks.{type(obj).__name__} object at {id(obj):#x} [{state}]>'


class _AsyncWith:
    """`async with prim:` acquires on entry and releases on exit."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_AsyncWith):
    """Mutual exclusion between tasks, granted in request order."""

    def __init__(self):
        self._held = False
        self._queue = []

    def __repr__(self):
        return _show(self, 'locked' if self._held else 'unlocked', self._queue)

    def locked(self):
        return self._held

    def _free_for_me(self):
        return not self._held and all(w.cancelled() for w in self._queue)

    async def acquire(self):
        if self._free_for_me():
            self._held = True
            return True
        ticket = _new_waiter()
        self._queue.append(ticket)
        try:
            await ticket
        except exceptions.CancelledError:
            self._queue.remove(ticket)
            if not self._held:
                self._hand_over()
            raise
        self._queue.remove(ticket)
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._hand_over()

    def _hand_over(self):
        if self._queue and not self._queue[0].done():
            self._queue[0].set_result(True)


class Event:
    """A flag: wait() blocks until some task calls set()."""

    def __init__(self):
        self._flag = False
        self._queue = []

    def __repr__(self):
        return _show(self, 'set' if self._flag else 'unset', self._queue)

    def is_set(self):
        return self._flag

    def set(self):
        if self._flag:
            return
        self._flag = True
        for ticket in self._queue:
            if not ticket.done():
                ticket.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            ticket = _new_waiter()
            self._queue.append(ticket)
            try:
                await ticket
            finally:
                self._queue.remove(ticket)
        return True


class Condition(_AsyncWith):
    """Waiting for a notification while holding a lock (shared with the
    notifier): wait() releases it, and holds it again when it returns."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._queue = []

    def __repr__(self):
        return _show(self, 'locked' if self.locked() else 'unlocked', self._queue)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            ticket = _new_waiter()
            self._queue.append(ticket)
            try:
                await ticket
            finally:
                self._queue.remove(ticket)
            return True
        finally:
            # Take the lock back even if cancelled meanwhile.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except exceptions.CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        left = n
        for ticket in self._queue:
            if left <= 0:
                break
            if not ticket.done():
                ticket.set_result(False)
                left -= 1

    def notify_all(self):
        self.notify(len(self._queue))


class Semaphore(_AsyncWith):
    """Allows up to `value` tasks at once."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._queue = []

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _show(self, state, self._queue)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._queue)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        ticket = _new_waiter()
        self._queue.append(ticket)
        try:
            await ticket
        except exceptions.CancelledError:
            self._queue.remove(ticket)
            if ticket.done() and not ticket.cancelled():
                # Granted a slot just before the cancellation: give it back.
                self._value += 1
                self._grant()
            raise
        self._queue.remove(ticket)
        if self._value > 0:
            self._grant()
        return True

    def release(self):
        self._value += 1
        self._grant()

    def _grant(self):
        for ticket in self._queue:
            if not ticket.done():
                self._value -= 1
                ticket.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may not be released above its start value."""

    def __init__(self, value=1):
        self._limit = value
        super().__init__(value)

    def release(self):
        if self._value >= self._limit:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
