"""Telling coroutines apart (native ones and `types.coroutine` generators)."""

__all__ = ('iscoroutinefunction', 'iscoroutine')


async def _sample():
    pass


_probe = _sample()
_CoroutineType = type(_probe)
_probe.close()
del _probe


def _generator():
    yield


_GeneratorType = type(_generator())

_ITERABLE_COROUTINE = 0x100
_COROUTINE = 0x80


def iscoroutine(obj):
    """True for a coroutine object, or a generator made awaitable."""
    if type(obj) is _CoroutineType:
        return True
    if type(obj) is _GeneratorType:
        return bool(obj.gi_code.co_flags & _ITERABLE_COROUTINE)
    return isinstance(obj, _CoroutineType)


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked by types.coroutine)."""
    while hasattr(func, '__func__'):
        func = func.__func__
    code = getattr(func, '__code__', None)
    if code is None:
        return getattr(func, '_is_coroutine', None) is _is_coroutine
    return bool(code.co_flags & (_COROUTINE | _ITERABLE_COROUTINE))


_is_coroutine = object()
