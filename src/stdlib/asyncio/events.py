"""The event loop: a queue of ready callbacks plus a heap of timers.

pyrite's loop has no selector: it runs programs that wait only on
timers, futures and each other. When nothing is ready it sleeps until the
next timer is due (time.sleep); when nothing is ready and no timer is
pending, run_forever() returns instead of blocking for ever.
"""

import heapq
import sys
import time
import traceback

from . import exceptions

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop',
           '_get_running_loop', 'BaseEventLoop', 'SelectorEventLoop',
           'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
           'get_event_loop_policy', 'set_event_loop_policy')


def _format_callback(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    return name if name else repr(cb)


class Handle:
    """A callback scheduled with call_soon()."""

    __slots__ = ('_fn', '_fn_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, fn, fn_args, owner, context=None):
        self._fn = fn
        self._fn_args = fn_args
        self._cancelled = False
        self._loop = owner
        self._context = context

    def __repr__(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._fn is not None:
            parts.append(_format_callback(self._fn) + '()')
        return '<' + ' '.join(parts) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._fn = None
            self._fn_args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return self._context

    def _run(self):
        try:
            self._fn(*self._fn_args)
        except Exception as failure:
            report = {'message': f'Exception in callback {_format_callback(self._fn)}()',
                      'exception': failure, 'handle': self}
            self._loop.call_exception_handler(report)


class TimerHandle(Handle):
    """A callback scheduled for a point in time (call_later / call_at)."""

    __slots__ = ('_when', '_timers')

    def __init__(self, when, fn, fn_args, owner, context=None):
        Handle.__init__(self, fn, fn_args, owner, context)
        self._when = when
        self._timers = False

    def when(self):
        return self._when

    def _key(self):
        return self._when

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return other._key() < self._key()

    def __ge__(self, other):
        return other._key() <= self._key()

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        mine = (self._when, self._fn, self._fn_args, self._cancelled)
        return mine == (other._when, other._fn, other._fn_args, other._cancelled)

    __hash__ = None

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """Marker base class of event loops."""


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._runnable = []
        self._timers = []
        self._stop_asked = False
        self._closed = False
        self._running = False
        self._debug = False
        self._on_error = None
        self._make_task = None
        self._dead_timers = 0

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- time and scheduling
    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self, context)
        self._runnable.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        due = self.time() + delay
        return self.call_at(due, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        timer._timers = True
        heapq.heappush(self._timers, (when, id(timer), timer))
        return timer

    def _timer_cancelled(self, handle):
        if handle._timers:
            self._dead_timers += 1

    # -- futures and tasks
    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        factory = self._make_task
        if factory is not None:
            made = factory(self, coro)
            if name is not None:
                made.set_name(name)
            return made
        from .tasks import Task
        return Task(coro, loop=self, name=name, context=context)

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._make_task = factory

    def get_task_factory(self):
        return self._make_task

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) at once (pyrite has no thread pool here) and
        returns a future holding its outcome."""
        self._check_closed()
        outcome = self.create_future()
        try:
            value = func(*args)
        except Exception as failure:
            outcome.set_exception(failure)
        else:
            outcome.set_result(value)
        return outcome

    def set_default_executor(self, executor):
        self._executor = executor

    # -- running
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stop_asked = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._runnable.clear()
        self._timers.clear()

    def run_forever(self):
        self._check_closed()
        self._check_running()
        old = _get_running_loop()
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                if not self._run_once():
                    break
                if self._stop_asked:
                    break
        finally:
            self._stop_asked = False
            self._running = False
            _set_running_loop(old)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        from .futures import isfuture
        from .tasks import ensure_future
        wrapped = not isfuture(future)
        target = ensure_future(future, loop=self)
        target.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if wrapped and target.done() and not target.cancelled():
                target.exception()
            raise
        finally:
            target.remove_done_callback(_stop_loop)
        if not target.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        failure = None if target.cancelled() else target.exception()
        if failure is not None:
            # Raised here rather than in result(): one frame, as CPython shows.
            raise failure.with_traceback(target._error_tb)
        return target.result()

    def _run_once(self):
        """One iteration: wait for the next timer if nothing is ready, then
        run the callbacks that are ready now. False when there is nothing
        left that could ever run."""
        sched = self._timers
        if self._dead_timers > 50 and self._dead_timers * 2 > len(sched):
            kept = [e for e in sched if not e[2]._cancelled]
            for e in sched:
                e[2]._timers = False
            for e in kept:
                e[2]._timers = True
            heapq.heapify(kept)
            self._timers = sched = kept
            self._dead_timers = 0
        while sched and sched[0][2]._cancelled:
            heapq.heappop(sched)[2]._timers = False
            self._dead_timers -= 1
        if not self._runnable and not self._stop_asked:
            if not sched:
                return False
            delay = sched[0][0] - self.time()
            if delay > 0:
                time.sleep(delay)
        now = self.time()
        while sched and sched[0][0] <= now:
            timer = heapq.heappop(sched)[2]
            timer._timers = False
            if timer._cancelled:
                self._dead_timers -= 1
                continue
            self._runnable.append(timer)
        batch = self._runnable
        self._runnable = []
        for i, handle in enumerate(batch):
            if handle._cancelled:
                continue
            try:
                handle._run()
            except BaseException:
                self._runnable[0:0] = batch[i + 1:]
                raise
        return True

    # -- errors
    def get_exception_handler(self):
        return self._on_error

    def set_exception_handler(self, handler):
        self._on_error = handler

    def default_exception_handler(self, context):
        """Prints the report (message, other keys, traceback) to stderr."""
        out = [context.get('message') or 'Unhandled exception in event loop']
        out += [f'{k}: {v!r}' for k, v in sorted(context.items()) if k not in ('message', 'exception')]
        err = context.get('exception')
        if err is not None:
            out.append(''.join(traceback.format_exception(type(err), err, err.__traceback__)).rstrip('\n'))
        print('\n'.join(out), file=sys.stderr)

    def call_exception_handler(self, context):
        handler = self._on_error
        if handler is not None:
            handler(self, context)
        else:
            self.default_exception_handler(context)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


def _stop_loop(fut):
    fut.get_loop().stop()


class SelectorEventLoop(BaseEventLoop):
    """The default loop (timers and callbacks only)."""


class AbstractEventLoopPolicy:
    """Marker base class of loop policies."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if not self._set_called and self._loop is None:
            self._loop, self._set_called = self.new_event_loop(), True
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._loop, self._set_called = loop, True

    def new_event_loop(self):
        return SelectorEventLoop()




_state = {'policy': None, 'running': None}


def get_event_loop_policy():
    if _state['policy'] is None:
        _state['policy'] = DefaultEventLoopPolicy()
    return _state['policy']


def set_event_loop_policy(policy):
    _state['policy'] = policy


def _get_running_loop():
    return _state['running']


def _set_running_loop(loop):
    _state['running'] = loop


def get_running_loop():
    """The loop running in this thread; RuntimeError when none is."""
    current = _state['running']
    if current is None:
        raise RuntimeError('no running event loop')
    return current


def get_event_loop():
    """The running loop, else the policy's loop (made on first use)."""
    current = _state['running']
    return current if current is not None else get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    policy = get_event_loop_policy()
    return policy.new_event_loop()
