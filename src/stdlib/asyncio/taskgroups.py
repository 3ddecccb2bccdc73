"""TaskGroup (3.11): the tasks created in an `async with` block are all
awaited when it ends. The first failure cancels the others (and the task
running the block); the failures come out together as an ExceptionGroup."""

from . import events
from . import exceptions
from . import tasks

__all__ = ('TaskGroup',)


def _fatal(exc):
    # Errors that must propagate as themselves, never inside a group.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:

    def __init__(self):
        self._ev = None
        self._host = None
        self._members = set()
        self._failures = []
        self._fatal_error = None
        self._entered = False
        self._closing = False
        self._cancelling = False
        self._host_cancelled_by_us = False
        self._all_finished = None

    def __repr__(self):
        bits = []
        if self._members:
            bits.append(f'tasks={len(self._members)}')
        if self._failures:
            bits.append(f'errors={len(self._failures)}')
        if self._cancelling:
            bits.append('cancelling')
        elif self._entered:
            bits.append('entered')
        return '<TaskGroup' + ''.join(' ' + b for b in bits) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        self._ev = self._ev or events.get_running_loop()
        self._host = tasks.current_task(self._ev)
        if self._host is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._closing = True
        if exc is not None and _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        reraise_cancel = exc if et is exceptions.CancelledError else None
        if self._host_cancelled_by_us and self._host.uncancel() == 0:
            # The cancellation came from us (a member failed): not the caller's.
            reraise_cancel = None
        if et is not None and not self._cancelling:
            self._cancel_members()
        while self._members:
            self._all_finished = self._ev.create_future()
            try:
                await self._all_finished
            except exceptions.CancelledError as cancel:
                if not self._cancelling:
                    reraise_cancel = cancel
                    self._cancel_members()
            self._all_finished = None
        if self._fatal_error is not None:
            raise self._fatal_error
        if reraise_cancel is not None and not self._failures:
            raise reraise_cancel
        if et is not None and et is not exceptions.CancelledError:
            self._failures.append(exc)
        if self._failures:
            collected, self._failures = self._failures, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', collected) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._closing and not self._members:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._cancelling:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        member = self._ev.create_task(coro, name=name, context=context)
        if member.done():
            self._member_done(member)
        else:
            self._members.add(member)
            member.add_done_callback(self._member_done)
        return member

    def _cancel_members(self):
        self._cancelling = True
        for member in self._members:
            if not member.done():
                member.cancel()

    def _member_done(self, member):
        self._members.discard(member)
        waiting = self._all_finished
        if waiting is not None and not self._members and not waiting.done():
            waiting.set_result(True)
        if member.cancelled():
            return
        err = member.exception()
        if err is None:
            return
        self._failures.append(err)
        if _fatal(err) and self._fatal_error is None:
            self._fatal_error = err
        if self._host.done():
            self._ev.call_exception_handler({
                'message': f'Task {member!r} has errored out but its parent '
                           f'task {self._host} is already completed',
                'exception': err,
                'task': member,
            })
            return
        if not self._cancelling and not self._host_cancelled_by_us:
            self._cancel_members()
            self._host_cancelled_by_us = True
            self._host.cancel()
