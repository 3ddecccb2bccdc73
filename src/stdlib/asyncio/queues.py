"""Queues for tasks: Queue (first in, first out), PriorityQueue (smallest
first) and LifoQueue (last in, first out)."""

import heapq

from . import events

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """Raised by get_nowait() when there is nothing to take."""


class QueueFull(Exception):
    """Raised by put_nowait() when the queue holds maxsize items."""


def _wake_first(line):
    """Completes the first still-waiting future of `line`, dropping it."""
    while line:
        fut = line.pop(0)
        if not fut.done():
            fut.set_result(None)
            return


async def _wait_in(line, still_blocked, on_cancel_wake):
    """Parks the calling task in `line` until `still_blocked()` is false."""
    while still_blocked():
        fut = events.get_running_loop().create_future()
        line.append(fut)
        try:
            await fut
        except BaseException:
            fut.cancel()
            if fut in line:
                line.remove(fut)
            elif not still_blocked():
                # We were woken but are leaving: pass the turn on.
                _wake_first(on_cancel_wake)
            raise


class Queue:
    """A FIFO queue for tasks; `maxsize` <= 0 means no limit."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._want_get = []
        self._want_put = []
        self._open_items = 0
        self._all_done = []
        self._setup()

    # storage (the subclasses replace these four)
    def _setup(self):
        self._store = []
        self._front = 0

    def _push(self, item):
        self._store.append(item)

    def _pop(self):
        item = self._store[self._front]
        self._store[self._front] = None
        self._front += 1
        if self._front >= 64 and self._front * 2 >= len(self._store):
            self._store = self._store[self._front:]
            self._front = 0
        return item

    def _contents(self):
        return self._store[self._front:]

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if self.qsize():
            parts.append(f'_queue={list(self._contents())!r}')
        for label, line in (('_getters', self._want_get), ('_putters', self._want_put)):
            if line:
                parts.append(f'{label}[{len(line)}]')
        if self._open_items:
            parts.append(f'tasks={self._open_items}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._contents())

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._push(item)
        self._open_items += 1
        _wake_first(self._want_get)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._pop()
        _wake_first(self._want_put)
        return item

    async def put(self, item):
        await _wait_in(self._want_put, self.full, self._want_put)
        self.put_nowait(item)

    async def get(self):
        await _wait_in(self._want_get, self.empty, self._want_get)
        return self.get_nowait()

    def task_done(self):
        if self._open_items == 0:
            raise ValueError('task_done() called too many times')
        self._open_items -= 1
        if not self._open_items:
            joiners, self._all_done = self._all_done, []
            for fut in joiners:
                if not fut.done():
                    fut.set_result(None)

    async def join(self):
        if self._open_items:
            fut = events.get_running_loop().create_future()
            self._all_done.append(fut)
            await fut


class PriorityQueue(Queue):
    """Retrieves the smallest entry first (a binary heap)."""

    def _setup(self):
        self._heap = []

    def _push(self, item):
        heapq.heappush(self._heap, item)

    def _pop(self):
        return heapq.heappop(self._heap)

    def _contents(self):
        return self._heap


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _setup(self):
        self._stack = []

    def _push(self, item):
        self._stack.append(item)

    def _pop(self):
        return self._stack.pop()

    def _contents(self):
        return self._stack
