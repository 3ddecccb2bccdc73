"""asyncio.run() and Runner: each run gets a fresh event loop, which is
closed (after cancelling leftover tasks) when the run ends."""

from . import coroutines
from . import events
from . import tasks

__all__ = ('Runner', 'run')


class Runner:
    """A context manager owning one loop for several run() calls."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._factory = loop_factory
        self._debug = debug
        self._ev = None
        self._closed = False

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        return self._ensure_loop()

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        ev = self._ensure_loop()
        return ev.run_until_complete(ev.create_task(coro, context=context))

    def close(self):
        ev = self._ev
        if ev is None or self._closed:
            return
        try:
            _finish_leftovers(ev)
            ev.run_until_complete(ev.shutdown_asyncgens())
            ev.run_until_complete(ev.shutdown_default_executor())
        finally:
            if self._factory is None:
                events.set_event_loop(None)
            ev.close()
            self._ev = None
            self._closed = True

    def _ensure_loop(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._ev is None:
            if self._factory is not None:
                self._ev = self._factory()
            else:
                self._ev = events.new_event_loop()
                events.set_event_loop(self._ev)
            if self._debug is not None:
                self._ev.set_debug(self._debug)
        return self._ev


def run(main, *, debug=None):
    """Runs coroutine `main` on a new event loop and returns its result."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _finish_leftovers(ev):
    """Cancels the tasks still pending when the main coroutine returned and
    lets them run to the end; reports the ones that failed otherwise."""
    leftover = tasks.all_tasks(ev)
    if not leftover:
        return
    for t in leftover:
        t.cancel()
    ev.run_until_complete(tasks.gather(*leftover, return_exceptions=True))
    for t in leftover:
        if not t.cancelled() and t.exception() is not None:
            ev.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(),
                'task': t,
            })
