"""asyncio's exception classes."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')


class CancelledError(BaseException):
    """The task or future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation does not fit the future's current state."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile is not available (pyrite has no network loop)."""


class IncompleteReadError(EOFError):
    """Fewer bytes than requested arrived before the end of the stream."""

    def __init__(self, partial, expected):
        total = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, '%d bytes read on a total of %s expected bytes' % (len(partial), total))
        self.partial, self.expected = partial, expected


class LimitOverrunError(Exception):
    """A separator was not found within the buffer limit."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    """A barrier was reset or broken while tasks waited on it."""
