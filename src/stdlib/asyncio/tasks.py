"""Task: a coroutine driven by the event loop, one step per wake-up; and
the functions built on tasks (sleep, gather, wait, wait_for,
as_completed, shield)."""

from . import coroutines
from . import events
from . import exceptions
from . import futures

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'current_task', 'all_tasks', '_register_task', '_unregister_task',
           '_enter_task', '_leave_task')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_names_issued = 0
_live_tasks = set()
_running_task_of = {}


def _fresh_name():
    global _names_issued
    _names_issued += 1
    return 'Task-%d' % _names_issued


def current_task(loop=None):
    """The task running on `loop` (default: the running loop), or None."""
    ev = events.get_running_loop() if loop is None else loop
    return _running_task_of.get(ev)


def all_tasks(loop=None):
    """The unfinished tasks of `loop` (default: the running loop)."""
    ev = events.get_running_loop() if loop is None else loop
    return {t for t in _live_tasks if t.get_loop() is ev and not t.done()}


def _register_task(task):
    _live_tasks.add(task)


def _unregister_task(task):
    _live_tasks.discard(task)


def _enter_task(loop, task):
    busy = _running_task_of.get(loop)
    if busy is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {busy!r} is being executed.')
    _running_task_of[loop] = task


def _leave_task(loop, task):
    if _running_task_of.get(loop) is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task.')
    _running_task_of.pop(loop)


def _describe_coro(coro):
    label = getattr(coro, '__qualname__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return label + '()'
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is None:
        return f'{label}() done, defined at {code.co_filename}:{code.co_firstlineno}'
    return f'{label}() running at {code.co_filename}:{frame.f_lineno}'


class Task(futures.Future):
    """Wraps a coroutine: each step sends into it (or throws into it) until
    it awaits a future; the future's completion schedules the next step."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._name = _fresh_name() if name is None else str(name)
        self._context = context
        self._blocked_on = None
        self._cancel_pending = False
        self._cancel_requests = 0
        self._owner.call_soon(self._advance, context=context)
        _register_task(self)

    def _describe(self):
        words = ['cancelling' if self._cancel_pending else self._phase,
                 f'name={self._name!r}', f'coro=<{_describe_coro(self._coro)}>']
        if self._phase == futures._DONE:
            words.append(f'exception={self._error!r}' if self._error is not None
                         else f'result={self._value!r}')
        if self._blocked_on is not None:
            words.append(f'wait_for={self._blocked_on!r}')
        return words

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [frame] if frame is not None else []

    def print_stack(self, *, limit=None, file=None):
        import sys
        print(f'Stack for {self!r} (most recent call last):', file=file or sys.stderr)

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_requests += 1
        blocker = self._blocked_on
        if blocker is not None and blocker.cancel(msg=msg):
            # The step that wakes up will throw the CancelledError in.
            return True
        self._cancel_pending = True
        self._cancel_msg = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        self._cancel_requests = max(0, self._cancel_requests - 1)
        return self._cancel_requests

    # -- driving the coroutine
    def _advance(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._cancel_pending:
            self._cancel_pending = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._cancellation()
        self._blocked_on = None
        ev = self._owner
        _enter_task(ev, self)
        try:
            self._run_step(exc)
        finally:
            _leave_task(ev, self)

    def _run_step(self, exc):
        try:
            yielded = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as finished:
            _unregister_task(self)
            if self._cancel_pending:
                self._cancel_pending = False
                futures.Future.cancel(self, msg=self._cancel_msg)
            else:
                futures.Future.set_result(self, finished.value)
        except exceptions.CancelledError as cancelled:
            _unregister_task(self)
            self._stored_cancel = cancelled
            futures.Future.cancel(self)
        except BaseException as failure:
            _unregister_task(self)
            # The traceback starts in the coroutine, as with CPython's C task.
            tb = failure.__traceback__
            if tb is not None and tb.tb_frame.f_code is Task._run_step.__code__:
                failure.with_traceback(tb.tb_next)
            futures.Future.set_exception(self, failure)
            if isinstance(failure, (KeyboardInterrupt, SystemExit)):
                raise
        else:
            self._handle(yielded)

    def _later(self, err=None):
        self._owner.call_soon(self._advance, err, context=self._context)

    def _handle(self, yielded):
        """What the coroutine passed out: a future to wait for, None (a
        bare yield: run again soon), or something invalid."""
        if yielded is None:
            self._later()
            return
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            self._later(RuntimeError(f'Task got bad yield: {yielded!r}'))
        elif not blocking:
            self._later(RuntimeError(f'yield was used instead of yield from in task {self!r} with {yielded!r}'))
        elif yielded.get_loop() is not self._owner:
            self._later(RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a different loop'))
        elif yielded is self:
            self._later(RuntimeError(f'Task cannot await on itself: {self!r}'))
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._resume_after, context=self._context)
            self._blocked_on = yielded
            if self._cancel_pending and yielded.cancel(msg=self._cancel_msg):
                self._cancel_pending = False

    def _resume_after(self, awaited):
        try:
            awaited.result()
        except BaseException as err:
            self._advance(err)
        else:
            self._advance()


def create_task(coro, *, name=None, context=None):
    """Schedules `coro` on the running loop as a Task."""
    return events.get_running_loop().create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    """A future for `coro_or_future`: futures as they are, coroutines and
    other awaitables wrapped in a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and obj.get_loop() is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    if not coroutines.iscoroutine(obj):
        if not hasattr(type(obj), '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_it(obj)
    ev = events.get_event_loop() if loop is None else loop
    return ev.create_task(obj)


async def _await_it(awaitable):
    return await awaitable


class _OneTurn:
    """Awaiting it lets the loop run other ready callbacks once."""

    def __await__(self):
        yield


def _fulfil(fut, value):
    if not fut.done():
        fut.set_result(value)


async def sleep(delay, result=None):
    """Suspends the calling task for `delay` seconds; returns `result`."""
    if delay <= 0:
        await _OneTurn()
        return result
    ev = events.get_running_loop()
    alarm = ev.create_future()
    timer = ev.call_later(delay, _fulfil, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


async def _cancel_and_wait(fut):
    """Cancels `fut` and waits until it has actually finished."""
    gate = events.get_running_loop().create_future()
    opener = lambda _: _fulfil(gate, None)
    fut.add_done_callback(opener)
    try:
        fut.cancel()
        await gate
    finally:
        fut.remove_done_callback(opener)


def _timed_out(fut):
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise exceptions.TimeoutError() from exc


async def wait_for(fut, timeout):
    """Awaits `fut`; when `timeout` seconds pass first it is cancelled and
    TimeoutError raised."""
    if timeout is None:
        return await fut
    ev = events.get_running_loop()
    fut = ensure_future(fut, loop=ev)
    if timeout <= 0:
        if not fut.done():
            await _cancel_and_wait(fut)
            return _timed_out(fut)
        return fut.result()
    gate = ev.create_future()
    opener = lambda _: _fulfil(gate, None)
    timer = ev.call_later(timeout, _fulfil, gate, None)
    fut.add_done_callback(opener)
    try:
        try:
            await gate
        except exceptions.CancelledError:
            if not fut.done():
                fut.remove_done_callback(opener)
                await _cancel_and_wait(fut)
                raise
            return fut.result()
        if fut.done():
            return fut.result()
        fut.remove_done_callback(opener)
        await _cancel_and_wait(fut)
        return _timed_out(fut)
    finally:
        timer.cancel()


def _reject_single(fs, what):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect {what} of futures, not {type(fs).__name__}')


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the tasks/futures in `fs`; returns the sets (done, pending)."""
    _reject_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    members = set(fs)
    if any(coroutines.iscoroutine(m) for m in members):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    ev = events.get_running_loop()
    members = {ensure_future(m, loop=ev) for m in members}
    gate = ev.create_future()
    remaining = [len(members)]

    def one_done(f):
        remaining[0] -= 1
        stop = remaining[0] <= 0 or return_when == FIRST_COMPLETED
        if return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None:
            stop = True
        if stop:
            _fulfil(gate, None)

    timer = None if timeout is None else ev.call_later(timeout, _fulfil, gate, None)
    for m in members:
        m.add_done_callback(one_done)
    try:
        await gate
    finally:
        if timer is not None:
            timer.cancel()
        for m in members:
            m.remove_done_callback(one_done)
    finished = {m for m in members if m.done()}
    return finished, members - finished


def as_completed(fs, *, timeout=None):
    """Yields one coroutine per input; awaiting the k-th gives the result
    of the k-th input to finish."""
    _reject_single(fs, 'an iterable')
    from .queues import Queue
    ev = events.get_event_loop()
    outstanding = {ensure_future(f, loop=ev) for f in set(fs)}
    arrivals = Queue()
    timer = None

    def arrived(f):
        if f in outstanding:
            outstanding.discard(f)
            arrivals.put_nowait(f)
            if not outstanding and timer is not None:
                timer.cancel()

    def expire():
        for f in outstanding:
            f.remove_done_callback(arrived)
            arrivals.put_nowait(None)
        outstanding.clear()

    async def next_result():
        f = await arrivals.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in outstanding:
        f.add_done_callback(arrived)
    count = len(outstanding)
    if count and timeout is not None:
        timer = ev.call_later(timeout, expire)
    for _ in range(count):
        yield next_result()


class _GatheringFuture(futures.Future):
    """gather()'s result: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = [child.cancel(msg=msg) for child in self._children]
        if any(hit):
            self._cancel_requested = True
            return True
        return False


def _outcome(child):
    """A finished child's result, its exception, or a CancelledError."""
    if child.cancelled():
        msg = child._cancel_msg
        return exceptions.CancelledError('' if msg is None else msg)
    err = child.exception()
    return child.result() if err is None else err


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; the result lists their results
    in the order given."""
    if not coros_or_futures:
        done = events.get_event_loop().create_future()
        done.set_result([])
        return done
    ev = None
    children = []
    seen = {}
    for arg in coros_or_futures:
        key = arg if _hashable(arg) else object()
        child = seen.get(key)
        if child is None:
            child = ensure_future(arg, loop=ev)
            ev = child.get_loop()
            seen[key] = child
        children.append(child)
    unique = list({id(c): c for c in children}.values())
    outer = _GatheringFuture(children, loop=ev)
    left = [len(unique)]

    def child_done(child):
        left[0] -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancellation())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if left[0] == 0:
            if outer._cancel_requested:
                outer.set_exception(child._cancellation())
            else:
                outer.set_result([_outcome(c) for c in children])

    for child in unique:
        child.add_done_callback(child_done)
    return outer


def _hashable(x):
    try:
        hash(x)
    except TypeError:
        return False
    return True


def shield(arg):
    """A future that follows `arg` but whose cancellation does not reach it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(_):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
        else:
            futures._mirror(outer, inner)

    def outer_done(_):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Schedules `coro` on `loop` (pyrite: from the same thread)."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    return ensure_future(coro, loop=loop)
