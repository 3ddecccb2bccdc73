# pyrite's `threading`: the high-level thread API built on the native
# `_thread` module (src/modules/thread/).  Locks come straight from
# `_thread`; everything else (Thread bookkeeping, Condition, Semaphore,
# Event, Barrier, Timer, local) is implemented here.  The runtime calls
# `_shutdown()` at interpreter exit to wait for non-daemon threads.

import sys as _sys
import _thread
from time import monotonic as _now

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'ExceptHookArgs',
           'gettrace', 'getprofile', 'get_native_id']

from _thread import (get_ident, get_native_id, stack_size, error as ThreadError,
                     TIMEOUT_MAX)
_spawn = _thread.start_new_thread
Lock = _thread.allocate_lock
_new_lock = _thread.allocate_lock


def RLock(*args, **kwargs):
    return _thread.RLock(*args, **kwargs)


def _deprecated(old, advice):
    import warnings
    warnings.warn('%s() is deprecated, %s instead' % (old, advice),
                  DeprecationWarning, stacklevel=3)


# Hooks installed in every thread started from now on.
_hooks = {'trace': None, 'profile': None}


def settrace(func):
    _hooks['trace'] = func


def gettrace():
    return _hooks['trace']


def setprofile(func):
    _hooks['profile'] = func


def getprofile():
    return _hooks['profile']


# ---------------------------------------------------------------- Condition

class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Acquiring/releasing the condition is acquiring/releasing its lock.
        self.acquire, self.release = lock.acquire, lock.release
        # Locks that know about recursion levels save/restore them themselves.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            if hasattr(lock, hook):
                setattr(self, hook, getattr(lock, hook))
        self._waiters = []

    def __enter__(self):
        return self._lock.acquire()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    # Fallbacks for plain (non-recursive) locks.
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if we can grab it, nobody (we) held it.
        if not self._lock.acquire(False):
            return True
        self._lock.release()
        return False

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        gate = _new_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = None
        left = timeout
        ok = predicate()
        while not ok:
            if left is not None:
                if deadline is None:
                    deadline = _now() + left
                else:
                    left = deadline - _now()
                    if left <= 0:
                        break
            self.wait(left)
            ok = predicate()
        return ok

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        queue = self._waiters
        while n > 0 and queue:
            gate = queue[0]
            try:
                gate.release()
                n -= 1
            except RuntimeError:
                pass  # that waiter timed out and is leaving anyway
            try:
                queue.remove(gate)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(n=len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all()')
        self.notify_all()


def _addr_repr(obj, detail):
    cls = type(obj)
    return '<%s.%s at %#x: %s>' % (cls.__module__, cls.__qualname__, id(obj), detail)


# --------------------------------------------------------------- Semaphores

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._mon = Condition(Lock())
        self._tokens = value

    def __repr__(self):
        return _addr_repr(self, 'value=%s' % (self._tokens,))

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._mon:
            while self._tokens == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _now() + timeout
                    left = deadline - _now()
                    if left <= 0:
                        return False
                    self._mon.wait(left)
                else:
                    self._mon.wait()
            self._tokens -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._mon:
            self._tokens += n
            self._mon.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def __repr__(self):
        return _addr_repr(self, 'value=%s/%s' % (self._tokens, self._limit))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._mon:
            if n > self._limit - self._tokens:
                raise ValueError('Semaphore released too many times')
            self._tokens += n
            self._mon.notify(n)


# -------------------------------------------------------------------- Event

class Event:
    def __init__(self):
        self._mon = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return _addr_repr(self, 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'use is_set()')
        return self._flag

    def set(self):
        with self._mon:
            self._flag = True
            self._mon.notify_all()

    def clear(self):
        with self._mon:
            self._flag = False

    def wait(self, timeout=None):
        with self._mon:
            if self._flag:
                return True
            return self._mon.wait(timeout)


# ------------------------------------------------------------------ Barrier

class BrokenBarrierError(RuntimeError):
    pass


# Barrier phases.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._mon = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._inside = 0  # threads currently in wait()

    def __repr__(self):
        if self._phase == _BROKEN:
            return _addr_repr(self, 'broken')
        return _addr_repr(self, 'waiters=%d/%d' % (self.n_waiting, self._parties))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._mon:
            # Threads of the previous round must leave before a new one fills.
            while self._phase in (_DRAINING, _RESETTING):
                self._mon.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            slot = self._inside
            self._inside += 1
            try:
                if slot + 1 == self._parties:
                    self._trip()
                else:
                    passed = self._mon.wait_for(
                        lambda: self._phase != _FILLING, timeout)
                    if not passed:
                        self._break()
                        raise BrokenBarrierError
                    if self._phase in (_BROKEN, _RESETTING):
                        raise BrokenBarrierError
                return slot
            finally:
                self._inside -= 1
                if self._inside == 0 and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._mon.notify_all()

    def _trip(self):
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._mon.notify_all()

    def _break(self):
        self._phase = _BROKEN
        self._mon.notify_all()

    def reset(self):
        with self._mon:
            if self._inside == 0:
                self._phase = _FILLING
            elif self._phase in (_FILLING, _BROKEN):
                self._phase = _RESETTING
            self._mon.notify_all()

    def abort(self):
        with self._mon:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# ------------------------------------------------------- thread bookkeeping

_registry_lock = _new_lock()
_running = {}      # ident -> Thread, for threads whose run() has begun
_starting = {}     # Thread -> Thread, between start() and the new thread's first step
_name_seq = [0]


def _next_name(template):
    with _registry_lock:
        _name_seq[0] += 1
        return template % _name_seq[0]


class _HookArgs(tuple):
    def __new__(cls, seq):
        items = tuple(seq)
        if len(items) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence '
                            '(%d-sequence given)' % len(items))
        return tuple.__new__(cls, items)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, '
                'exc_traceback=%r, thread=%r)' % tuple(self))


_HookArgs.__module__ = '_thread'
_HookArgs.__name__ = _HookArgs.__qualname__ = '_ExceptHookArgs'
# A runtime that has the native struct sequence (CPython) must use it: its
# excepthook accepts nothing else.
ExceptHookArgs = getattr(_thread, '_ExceptHookArgs', _HookArgs)

excepthook = __excepthook__ = _thread._excepthook


def _report_thread_error(thread):
    kind, err, tb = _sys.exc_info()
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((kind, err, tb, thread)))
    except Exception as failure:
        # The hook itself failed: report that failure instead.
        failure.__suppress_context__ = True
        del failure
        out = _sys.stderr if _sys.stderr is not None else thread._stderr
        print('Exception in threading.excepthook:', file=out, flush=True)
        fallback = getattr(_sys, 'excepthook', None)
        if fallback is not None:
            fallback(*_sys.exc_info())
        else:
            import traceback
            traceback.print_exception(*_sys.exc_info(), file=out)
    finally:
        kind = err = tb = None


class Thread:
    _primed = False  # becomes True in __init__

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if name is not None:
            name = str(name)
        else:
            name = _next_name('Thread-%d')
            if target is not None:
                label = getattr(target, '__name__', None)
                if label is not None:
                    name = '%s (%s)' % (name, label)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._is_daemon = daemon
        self._tid = None
        self._nid = None
        self._began = Event()
        self._ended = False
        # Held by the running thread; released when it finishes (join waits on it).
        self._alive_lock = None
        self._stderr = _sys.stderr
        self._primed = True

    def _need_init(self, exc=AssertionError, what='Thread'):
        if not self._primed:
            raise exc('%s.__init__() not called' % what)

    def __repr__(self):
        assert self._primed, 'Thread.__init__() was not called'
        if self._ended:
            state = 'stopped'
        elif self._began.is_set():
            state = 'started'
        else:
            state = 'initial'
        if self._is_daemon:
            state += ' daemon'
        if self._tid is not None:  # known once it runs
            state += ' %s' % self._tid
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, state)

    def start(self):
        self._need_init(RuntimeError, 'thread')
        if self._began.is_set():
            raise RuntimeError('threads can only be started once')
        with _registry_lock:
            _starting[self] = self
        try:
            _spawn(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                _starting.pop(self, None)
            raise
        self._began.wait()

    def run(self):
        try:
            func = self._target
            if func is not None:
                func(*self._args, **self._kwargs)
        finally:
            # Break reference cycles through the target's arguments.
            del self._target
            del self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except BaseException:
            # Only possible while the interpreter is being torn down.
            if _sys is None and self._is_daemon:
                return
            raise

    def _bootstrap_inner(self):
        self._alive_lock = done = _new_lock()
        done.acquire()
        self._tid = get_ident()
        self._nid = get_native_id()
        with _registry_lock:
            _running[self._tid] = self
            _starting.pop(self, None)
        self._began.set()
        try:
            if _hooks['trace'] is not None:
                _sys.settrace(_hooks['trace'])
            if _hooks['profile'] is not None:
                _sys.setprofile(_hooks['profile'])
            try:
                self.run()
            except BaseException:
                _report_thread_error(self)
        finally:
            self._delete()

    # (Named as in CPython: trace functions see this call.)
    def _delete(self):
        with _registry_lock:
            if _running.get(self._tid) is self:
                del _running[self._tid]
        if self._tid in _local_refs:
            _drop_locals(self._tid)
        self._ended = True
        done = self._alive_lock
        if done is not None and done.locked():
            done.release()

    def join(self, timeout=None):
        self._need_init(RuntimeError)
        if not self._began.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if current_thread() is self:
            raise RuntimeError('cannot join current thread')
        done = self._alive_lock
        if self._ended or done is None:
            return
        if timeout is None:
            got = done.acquire()
        else:
            got = done.acquire(True, max(timeout, 0))
        if got:
            done.release()

    @property
    def name(self):
        self._need_init()
        return self._name

    @name.setter
    def name(self, value):
        self._need_init()
        self._name = str(value)

    @property
    def ident(self):
        self._need_init()
        return self._tid

    @property
    def native_id(self):
        self._need_init()
        return self._nid

    def is_alive(self):
        self._need_init()
        return self._began.is_set() and not self._ended

    @property
    def daemon(self):
        self._need_init()
        return self._is_daemon

    @daemon.setter
    def daemon(self, value):
        self._need_init(RuntimeError)
        if self._began.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._is_daemon = value

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'get the name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'set the name attribute')
        self.name = name


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._alive_lock = _new_lock()
        self._alive_lock.acquire()
        self._tid = get_ident()
        self._nid = get_native_id()
        self._began.set()
        _running[self._tid] = self


class _DummyThread(Thread):
    # Stands for a thread that _thread started directly: always "alive",
    # daemonic, and never joinable.
    def __init__(self):
        Thread.__init__(self, name=_next_name('Dummy-%d'), daemon=True)
        self._tid = get_ident()
        self._nid = get_native_id()
        self._began.set()
        with _registry_lock:
            _running[self._tid] = self

    def is_alive(self):
        assert not self._ended and self._began.is_set()
        return True

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


def current_thread():
    try:
        return _running[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'use current_thread()')
    return current_thread()


def active_count():
    with _registry_lock:
        return len(_running) + len(_starting)


def activeCount():
    _deprecated('activeCount', 'use active_count()')
    return active_count()


def enumerate():
    with _registry_lock:
        return [*_running.values(), *_starting.values()]


_main_thread = _MainThread()


def main_thread():
    return _main_thread


_exit_callbacks = []


def _register_atexit(func, *args, **kwargs):
    _exit_callbacks.append((func, args, kwargs))


def _shutdown():
    # Called by the runtime at interpreter exit, from the main thread.
    if _main_thread._ended:
        return
    for func, args, kwargs in reversed(_exit_callbacks):
        func(*args, **kwargs)
    # The main thread counts as finished from now on, but stays registered:
    # exit handlers still see it as current_thread().
    _main_thread._ended = True
    _main_thread._alive_lock.release()
    while True:
        with _registry_lock:
            pending = [t for t in (*_running.values(), *_starting.values())
                       if not t._is_daemon and t is not _main_thread]
        if not pending:
            return
        for t in pending:
            if t._began.is_set() and not t._ended:
                t.join()
            elif not t._began.is_set():
                t._began.wait()


# -------------------------------------------------------------------- local
#
# Each `local` object keeps one attribute dict per thread.  Attribute access
# installs the calling thread's dict as the instance __dict__ and then lets
# the ordinary object machinery work (descriptors, methods, subclasses).

_local_refs = {}  # thread ident -> [weak references to locals it touched]

try:
    from _weakref import ref as _weak
except ImportError:  # keep the objects alive instead
    def _weak(obj):
        return lambda: obj


def _drop_locals(ident):
    for ref in _local_refs.pop(ident, ()):
        owner = ref()
        if owner is None:
            continue
        gone = object.__getattribute__(owner, '_local__per_thread').pop(ident, None)
        if object.__getattribute__(owner, '_local__creator') == ident:
            # A later thread reusing this ident must run __init__ again.
            object.__setattr__(owner, '_local__creator', None)
        # The instance may still show the finished thread's dict: drop it now
        # so its values die with the thread.
        if gone is not None and object.__getattribute__(owner, '__dict__') is gone:
            object.__setattr__(owner, '__dict__', {})


def _local_enter(self):
    # Makes the calling thread's dict the instance dict; returns the guard
    # lock, held by the caller until it is done with the instance.
    get = object.__getattribute__
    guard = get(self, '_local__guard')
    guard.acquire()
    me = get_ident()
    per_thread = get(self, '_local__per_thread')
    d = per_thread.get(me)
    fresh = d is None
    if fresh:
        d = per_thread[me] = {}
        _local_refs.setdefault(me, []).append(_weak(self))
    object.__setattr__(self, '__dict__', d)
    if fresh and me != get(self, '_local__creator'):
        init = type(self).__init__
        if init is not object.__init__:
            args, kwargs = get(self, '_local__args')
            init(self, *args, **kwargs)
    return guard


def _local_missing(self, name):
    # '_thread._local' is the base type's C name; subclasses use their own.
    cls = type(self)
    shown = '_thread._local' if cls is local else cls.__name__
    return shown


class local:
    # The bookkeeping lives in slots so that swapping __dict__ keeps it.
    __slots__ = ('_local__guard', '_local__args', '_local__creator',
                 '_local__per_thread', '__dict__', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        setup = object.__setattr__
        setup(self, '_local__guard', RLock())
        setup(self, '_local__args', (args, kwargs))
        me = get_ident()
        setup(self, '_local__creator', me)
        setup(self, '_local__per_thread', {me: {}})
        _local_refs.setdefault(me, []).append(_weak(self))
        setup(self, '__dict__', object.__getattribute__(self, '_local__per_thread')[me])
        return self

    def __getattribute__(self, name):
        if name.startswith('_local__'):
            return object.__getattribute__(self, name)
        guard = _local_enter(self)
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is local and name != '__dict__':
                raise AttributeError("'_thread._local' object has no attribute "
                                     "'%s'" % name) from None
            raise
        finally:
            guard.release()

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_missing(self, name))
        guard = _local_enter(self)
        try:
            object.__setattr__(self, name, value)
        finally:
            guard.release()

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_missing(self, name))
        guard = _local_enter(self)
        try:
            object.__delattr__(self, name)
        except AttributeError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_missing(self, name), name)) from None
        finally:
            guard.release()


local.__module__ = '_thread'
local.__name__ = local.__qualname__ = '_local'
