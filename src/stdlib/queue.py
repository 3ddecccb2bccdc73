# queue -- pyrite's thread-safe queues (FIFO, LIFO, priority, simple).
#
# Every bounded/unbounded Queue shares one lock between three conditions
# (items available, room available, all tasks finished).  Subclasses only
# change the storage through the _init/_qsize/_put/_get hooks, which is the
# documented way to customise a Queue.

import threading
import collections
import heapq
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'LifoQueue', 'PriorityQueue', 'Queue', 'SimpleQueue']


class Empty(Exception):
    "Raised by a non-blocking or timed-out get() on an empty queue."


class Full(Exception):
    "Raised by a non-blocking or timed-out put() on a full queue."


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_until(cond, ready, block, timeout, failure):
    # Wait on `cond` (already held) until ready() is true.  Raises `failure`
    # when not blocking, or when the timeout runs out first.  A negative
    # timeout is refused even if no wait would be needed.
    if not block:
        if not ready():
            raise failure
        return
    if timeout is None:
        while not ready():
            cond.wait()
        return
    _check_timeout(timeout)
    deadline = _now() + timeout
    while not ready():
        left = deadline - _now()
        if left <= 0.0:
            raise failure
        cond.wait(left)


class Queue:
    "FIFO queue shared between threads; maxsize <= 0 means unbounded."

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        lock = threading.Lock()
        self.mutex = lock
        self.not_empty = threading.Condition(lock)
        self.not_full = threading.Condition(lock)
        self.all_tasks_done = threading.Condition(lock)
        self.unfinished_tasks = 0

    # --- storage hooks ---------------------------------------------------
    def _init(self, maxsize):
        self.queue = collections.deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        q = self.queue
        return q.popleft()

    # --- consumer bookkeeping --------------------------------------------
    def task_done(self):
        done = self.all_tasks_done
        with done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        done = self.all_tasks_done
        with done:
            while self.unfinished_tasks > 0:
                done.wait()

    # --- size queries (only snapshots: other threads may change them) ----
    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return self._is_full()

    def _is_full(self):
        return self.maxsize > 0 and self._qsize() >= self.maxsize

    # --- put / get ---------------------------------------------------------
    def put(self, item, block=True, timeout=None):
        with self.not_full:
            # An unbounded queue never waits, so its timeout is not checked.
            if self.maxsize > 0:
                _wait_until(self.not_full, lambda: not self._is_full(),
                            block, timeout, Full)
            self._put(item)
            self.unfinished_tasks = self.unfinished_tasks + 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            _wait_until(self.not_empty, lambda: self._qsize() > 0,
                        block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    @classmethod
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class LifoQueue(Queue):
    "Queue handing out the most recently added item first."

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    "Queue handing out the smallest item first (a binary heap)."

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue:
    "Unbounded FIFO queue without task tracking; put() never blocks."
    __module__ = '_queue'     # CPython's is the C type _queue.SimpleQueue

    def __init__(self):
        self._items = collections.deque()
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._items.append(item)
        self._available.release()

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        if not block:
            timeout = None
        elif timeout is not None:
            _check_timeout(timeout)
        if not self._available.acquire(block, timeout):
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    @classmethod
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
