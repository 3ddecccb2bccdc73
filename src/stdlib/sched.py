"""An event scheduler: actions run at given times, earliest first, ties
broken by priority then insertion order (pyrite's own implementation of
the sched API of Python 3.11)."""

import time
import heapq
from collections import namedtuple
from itertools import count

try:
    import threading
except ImportError:
    threading = None

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = __name__

_NO_KWARGS = object()


class _NoLock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """timefunc() gives the current time; delayfunc(t) waits t units of it."""
        self._events = []
        self._lock = threading.RLock() if threading is not None else _NoLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._counter = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at absolute time; returns the
        event (usable with cancel())."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._counter), action, argument, kwargs)
            heapq.heappush(self._events, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError if it is not queued)."""
        with self._lock:
            self._events.remove(event)
            heapq.heapify(self._events)

    def empty(self):
        """Whether no event is scheduled."""
        with self._lock:
            return not self._events

    def run(self, blocking=True):
        """Run the due events, waiting for later ones; with blocking=False,
        return the delay to the next event instead of waiting (None when
        the queue is empty)."""
        events = self._events
        while True:
            with self._lock:
                if not events:
                    return None
                first = events[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(events)
            if not due:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
                continue
            first.action(*first.argument, **first.kwargs)
            # Give other threads a chance to run between events.
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            pending = self._events[:]
        return sorted(pending)
