"""Thread-based parallelism on top of the native _thread module: Thread,
Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Timer, Barrier,
local, current_thread, main_thread, enumerate, active_count, excepthook.

pyrite's own implementation in plain Python.  It needs from _thread:
start_new_thread, allocate_lock (locks with acquire(blocking, timeout),
release, locked), get_ident, and optionally get_native_id, TIMEOUT_MAX,
stack_size and _local.  The runtime should call threading._shutdown() at
interpreter exit (as CPython does) so that non-daemon threads are joined.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
           'stack_size', 'excepthook', 'get_native_id', 'gettrace', 'getprofile']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = getattr(_thread, 'get_native_id', get_ident)
ThreadError = getattr(_thread, 'error', RuntimeError)
TIMEOUT_MAX = getattr(_thread, 'TIMEOUT_MAX', 9223372036.0)
Lock = _allocate_lock

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def stack_size(size=0):
    """Return (and optionally set) the thread stack size."""
    fn = getattr(_thread, 'stack_size', None)
    return fn(size) if fn is not None else 0


################################################################################
# Synchronization primitives
################################################################################

class _RLock:
    """A reentrant lock: the owning thread may acquire it repeatedly."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            'locked' if self._block.locked() else 'unlocked',
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    # Used by Condition.wait() to drop and restore a recursive hold.
    def _release_save(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    native = getattr(_thread, 'RLock', None)
    if native is not None:
        return native(*args, **kwargs)
    return _RLock(*args, **kwargs)


class Condition:
    """Condition variable: lets threads wait until notified."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                pass
            n -= 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter of release() calls minus acquire() calls, plus an initial value."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return '<%s.%s at %s: value=%d>' % (self.__class__.__module__,
                                           self.__class__.__qualname__,
                                           hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may not exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s.%s at %s: value=%d/%d>' % (self.__class__.__module__,
                                              self.__class__.__qualname__, hex(id(self)),
                                              self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A flag that threads can set, clear and wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return '<%s.%s at %s: %s>' % (cls.__module__, cls.__qualname__, hex(id(self)), status)

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        """Set the internal flag to true, waking all waiting threads."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true (or the timeout passes)."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for a fixed number of threads (parties)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0   # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        """Wait for the barrier; returns this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._state in (-1, 1):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    try:
                        if self._action:
                            self._action()
                        self._state = 1
                        self._cond.notify_all()
                    except BaseException:
                        self._break()
                        raise
                else:
                    if not self._cond.wait_for(lambda: self._state != 0, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (-1, 1):
                    self._state = 0
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                self._state = -1 if self._state == 0 else (-1 if self._state == -2 else self._state)
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2


################################################################################
# Threads
################################################################################

_counter = 0


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_shutdown_locks = set()


class ExceptHookArgs(tuple):
    """The argument of excepthook (a struct sequence in CPython):
    (exc_type, exc_value, exc_traceback, thread)."""

    n_sequence_fields = 4
    n_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)'
                            % len(args))
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0], doc='Exception type')
    exc_value = property(lambda self: self[1], doc='Exception value')
    exc_traceback = property(lambda self: self[2], doc='Exception traceback')
    thread = property(lambda self: self[3], doc='Thread')

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % tuple(self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def _py_excepthook(args, /):
    """Handle uncaught Thread.run() exception: print "Exception in thread
    NAME:" and the traceback to stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        thread = args.thread
        stderr = getattr(thread, '_stderr', None) if thread is not None else None
        if stderr is None:
            return
    name = args.thread.name if args.thread is not None else get_ident()
    print('Exception in thread %s:' % name, file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value,
                              args.exc_traceback, file=stderr)
    stderr.flush()


# The native hook prints the traceback exactly as an uncaught exception.
excepthook = getattr(_thread, '_excepthook', _py_excepthook)


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    # threading.excepthook is looked up when the exception happens, so a
    # hook installed after the thread was created is used.
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        args = ExceptHookArgs([*_sys.exc_info(), thread])
        hook(args)
    except Exception as exc:
        exc.__suppress_context__ = True
        args = None
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        hook = getattr(_sys, 'excepthook', None)
        if hook is not None:
            hook(*_sys.exc_info())
        else:
            __excepthook__(ExceptHookArgs([*_sys.exc_info(), None]))
    finally:
        args = None


class Thread:
    """A class that represents a thread of control."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += ' (%s)' % (target.__name__,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _invoke_excepthook

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity (at most once per thread object)."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity (calls the target)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = _allocate_lock()
            self._tstate_lock.acquire()
            if not self._daemonic:
                with _active_limbo_lock:
                    _shutdown_locks.add(self._tstate_lock)
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook(self)
        finally:
            self._stop()
            with _active_limbo_lock:
                _active.pop(get_ident(), None)
            _local_thread_exit(get_ident())

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None and lock.locked():
            with _active_limbo_lock:
                _shutdown_locks.discard(lock)
            lock.release()
        self._is_stopped = True

    def join(self, timeout=None):
        """Wait until the thread terminates (or the timeout passes)."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._is_stopped:
            return
        lock = self._tstate_lock
        if lock is None:
            return
        if timeout is None:
            acquired = lock.acquire()
        else:
            acquired = lock.acquire(True, max(timeout, 0))
        if acquired:
            lock.release()

    @property
    def name(self):
        """A string used for identification purposes only."""
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive."""
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


class Timer(Thread):
    """Call a function after a specified number of seconds (cancel() stops it)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread not started by this module (e.g. via _thread directly)."""

    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError('cannot join a dummy thread')


# The main thread is created before Thread.__init__ can look at
# current_thread(), so its daemon flag is given explicitly.
_main_thread = None


def current_thread():
    """Return the current Thread object."""
    try:
        return _active[get_ident()]
    except KeyError:
        if _main_thread is None:
            return _PreMain
        return _DummyThread()


class _PreMainType:
    daemon = False


_PreMain = _PreMainType()
_main_thread = _MainThread()


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def main_thread():
    """Return the main thread object."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Wait for all non-daemon threads to finish (called at interpreter exit)."""
    if _main_thread._is_stopped:
        return
    _main_thread._stop()
    while True:
        with _active_limbo_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# Per-thread registry of the thread-local containers a thread has a dict in:
# when a thread started by this module ends, its dicts are dropped (as
# CPython does), so its values die and a later thread that happens to reuse
# its ident starts empty.
_local_owners = {}


def _local_thread_exit(ident):
    for ref in _local_owners.pop(ident, ()):
        obj = ref()
        if obj is not None:
            object.__getattribute__(obj, '_local__impl')[0].pop(ident, None)


try:
    from _weakref import ref as _local_ref
except ImportError:
    def _local_ref(obj):
        return lambda: obj


class _local:
    """Thread-local data: each thread sees its own attributes. A subclass's
    __init__ runs again, with the constructor's arguments, the first time
    another thread uses the object."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        dicts = {}
        object.__setattr__(self, '_local__impl', (dicts, args, kwargs))
        # The creating thread's dict exists now: its __init__ runs through
        # the ordinary constructor call.
        key = get_ident()
        dicts[key] = {}
        _local_owners.setdefault(key, []).append(_local_ref(self))
        return self

    def _local__dict(self):
        dicts, args, kwargs = object.__getattribute__(self, '_local__impl')
        key = get_ident()
        d = dicts.get(key)
        if d is None:
            d = dicts[key] = {}
            _local_owners.setdefault(key, []).append(_local_ref(self))
            init = type(self).__init__
            if init is not object.__init__:
                init(self, *args, **kwargs)
        return d

    def __getattribute__(self, name):
        if name in ('_local__dict', '_local__impl', '__class__'):
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, '_local__dict')()
        if name == '__dict__':
            return d
        if name in d:
            cls_attr = getattr(type(self), name, None)
            if cls_attr is None or not hasattr(type(cls_attr), '__set__'):
                return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is not _local:
                raise
        raise AttributeError("'_thread._local' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = object.__getattribute__(self, '_local__dict')()
        cls_attr = getattr(type(self), name, None)
        if cls_attr is not None and hasattr(type(cls_attr), '__set__'):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = object.__getattribute__(self, '_local__dict')()
        try:
            del d[name]
        except KeyError:
            tn = '_thread._local' if type(self) is _local else type(self).__name__
            raise AttributeError("'%s' object has no attribute '%s'" % (tn, name)) from None


_local.__module__ = '_thread'
_LocalFallback = _local

local = getattr(_thread, '_local', _LocalFallback)
