"""pyrite's tempfile: temporary files and directories.

Every name is the prefix, eight random characters and the suffix.  Files
are created with O_CREAT|O_EXCL (mode 0o600) and directories with mode
0o700, so an existing name is never taken over; a clash just draws again,
up to TMP_MAX times.
"""

import os as _os
import io as _io
import sys as _sys

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile',
           'TemporaryDirectory', 'mkstemp', 'mkdtemp', 'mktemp',
           'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 238328          # glibc's value, which CPython reports on Linux
template = 'tmp'
tempdir = None

_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_CREATE_FLAGS = (_os.O_RDWR | _os.O_CREAT | _os.O_EXCL |
                 getattr(_os, 'O_NOFOLLOW', 0) | getattr(_os, 'O_CLOEXEC', 0))


def _random_tag():
    raw = _os.urandom(8)
    return ''.join([_ALPHABET[b % 37] for b in raw])


def _fresh_names(folder, prefix, suffix):
    """Candidate paths, TMP_MAX of them, then FileExistsError."""
    as_bytes = isinstance(prefix, bytes)
    for _ in range(TMP_MAX):
        tag = _random_tag()
        yield _os.path.join(folder, prefix + (tag.encode() if as_bytes else tag) + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


# ---------------------------------------------------------------------------
# the default directory

def _usable(folder):
    """Whether a file can be created (and written) in `folder`."""
    for attempt in range(100):
        probe = _os.path.join(folder, template + _random_tag())
        try:
            fd = _os.open(probe, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            try:
                _os.write(fd, b'blat')
            finally:
                _os.close(fd)
        except OSError:
            return False
        finally:
            try:
                _os.unlink(probe)
            except OSError:
                pass
        return True
    return False


def _pick_tempdir():
    tried = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.environ.get(var)
        if value:
            tried.append(value)
    tried += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        tried.append(_os.getcwd())
    except OSError:
        tried.append(_os.curdir)
    for folder in tried:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        if _usable(folder):
            return folder
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % tried)


def gettempdir():
    """The directory temporary files go to by default (`tempfile.tempdir`
    if set, else the first usable of $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp,
    /usr/tmp and the current directory)."""
    global tempdir
    if tempdir is None:
        tempdir = _pick_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def gettempprefix():
    """The default prefix of temporary names."""
    prefix = template
    return prefix if isinstance(prefix, str) else _os.fsdecode(prefix)


def gettempprefixb():
    """gettempprefix() as bytes."""
    prefix = template
    return prefix if isinstance(prefix, bytes) else _os.fsencode(prefix)


def _normalize(prefix, suffix, folder):
    """Fills in the defaults of (prefix, suffix, dir), all str or all bytes."""
    kinds = set()
    for part in (prefix, suffix, folder):
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        kinds.add(bytes if isinstance(part, bytes) else str)
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds == {bytes}:
        empty, default_prefix, default_dir = b'', gettempprefixb(), gettempdirb
    else:
        empty, default_prefix, default_dir = '', template, gettempdir
    return (default_prefix if prefix is None else prefix,
            empty if suffix is None else suffix,
            default_dir() if folder is None else folder)


# ---------------------------------------------------------------------------
# low-level creation

def _make_file(prefix, suffix, folder):
    for path in _fresh_names(folder, prefix, suffix):
        try:
            fd = _os.open(path, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a file only its owner can read and write and returns
    (descriptor, absolute path).  Closing and removing it is up to the
    caller.  `text` makes no difference on POSIX."""
    prefix, suffix, folder = _normalize(prefix, suffix, dir)
    return _make_file(prefix, suffix, folder)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a directory only its owner can use (mode 0o700) and returns
    its path (relative if `dir` is)."""
    prefix, suffix, folder = _normalize(prefix, suffix, dir)
    for path in _fresh_names(folder, prefix, suffix):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path


def mktemp(suffix='', prefix=template, dir=None):
    """A name nothing had when it was chosen (racy: use mkstemp instead)."""
    folder = gettempdir() if dir is None else dir
    for path in _fresh_names(folder, prefix, suffix):
        if not _os.path.lexists(path):
            return path


# ---------------------------------------------------------------------------
# file objects

class _TemporaryFileWrapper:
    """Wraps the file object of NamedTemporaryFile: attribute access goes
    to `file`, closing (or collecting) the wrapper removes the file when
    `delete` is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._done = False

    def __getattr__(self, name):
        inner = getattr(self.__dict__['file'], name)
        if not callable(inner):
            return inner
        owner = self

        def relay(*args, **kwargs):
            # Holding `owner` keeps the wrapper (and so the file) alive
            # while the call runs, even if nothing else refers to it.
            owner
            return inner(*args, **kwargs)
        relay.__name__ = getattr(inner, '__name__', name)
        relay.__doc__ = getattr(inner, '__doc__', None)
        return relay

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, kind, err, trace):
        outcome = self.file.__exit__(kind, err, trace)
        self.close()
        return outcome

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if self._done:
            return
        self._done = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        if not self.__dict__.get('_done', True):
            self.close()


def _open_descriptor(fd, name, mode, buffering, encoding, newline, errors):
    try:
        f = _io.open(fd, mode, buffering=buffering, newline=newline,
                     encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise
    if name is not None:
        # The FileIO at the bottom was opened from a descriptor; give it
        # the path as its name, as opening by name would have.
        bottom = f
        for layer in ('buffer', 'raw'):
            bottom = getattr(bottom, layer, bottom)
        bottom.name = name
    return f


def _text_default(mode, encoding):
    return encoding if 'b' in mode else _io.text_encoding(encoding)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a name in the file system (`.name`); it is
    removed when closed if `delete` is true."""
    prefix, suffix, folder = _normalize(prefix, suffix, dir)
    encoding = _text_default(mode, encoding)
    fd, path = _make_file(prefix, suffix, folder)
    try:
        f = _open_descriptor(fd, path, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file without a name (its entry is removed at once, so
    `.name` is the descriptor number)."""
    prefix, suffix, folder = _normalize(prefix, suffix, dir)
    encoding = _text_default(mode, encoding)
    fd, path = _make_file(prefix, suffix, folder)
    try:
        _os.unlink(path)
    except BaseException:
        _os.close(fd)
        raise
    return _open_descriptor(fd, None, mode, buffering, encoding, newline, errors)


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (BytesIO, or a TextIOWrapper over
    one) until its size passes `max_size` or a descriptor is needed; then
    its data moves to a TemporaryFile made with the remaining arguments."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        encoding = _text_default(mode, encoding)
        store = _io.BytesIO()
        if 'b' not in mode:
            store = _io.TextIOWrapper(store, encoding=encoding, errors=errors, newline=newline)
        self._file = store
        self._max_size = max_size
        self._rolled = False
        self._spec = dict(mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
                          encoding=encoding, newline=newline, dir=dir, errors=errors)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _grew(self):
        limit = self._max_size
        if not self._rolled and limit and self._file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Moves the data to a real file (once)."""
        if self._rolled:
            return
        memory = self._file
        disk = self._file = TemporaryFile(**self._spec)
        where = memory.tell()
        if hasattr(disk, 'buffer'):
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(where, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, kind, err, trace):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._spec['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        # A descriptor only exists once the data lives in a real file.
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        store = self._file
        return store.truncate() if size is None else store.truncate(size)

    def write(self, s):
        count = self._file.write(s)
        self._grew()
        return count

    def writelines(self, lines):
        outcome = self._file.writelines(lines)
        self._grew()
        return outcome


def _forward_method(attr):
    def method(self, *args):
        return getattr(self._file, attr)(*args)
    method.__name__ = attr
    method.__qualname__ = 'SpooledTemporaryFile.' + attr
    return method


def _forward_property(attr):
    return property(lambda self: getattr(self._file, attr))


# The rest of the interface is the underlying file's, whichever it is now.
for _attr in ('__next__', 'detach', 'flush', 'isatty', 'read', 'read1', 'readinto',
              'readinto1', 'readline', 'readlines', 'seek', 'tell', 'readable',
              'seekable', 'writable'):
    setattr(SpooledTemporaryFile, _attr, _forward_method(_attr))
for _attr in ('closed', 'encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _attr, _forward_property(_attr))
del _attr


# ---------------------------------------------------------------------------
# directories

def _remove_tree(path, ignore_errors=False):
    """shutil.rmtree that first gives back missing permissions."""
    import shutil

    def on_error(func, failed, info):
        err = info[1]
        if isinstance(err, FileNotFoundError):
            return
        if isinstance(err, PermissionError) and failed != path:
            try:
                _os.chmod(_os.path.dirname(failed), 0o700)
                _os.chmod(failed, 0o700)
                if _os.path.isdir(failed) and not _os.path.islink(failed):
                    _remove_tree(failed, ignore_errors)
                else:
                    _os.unlink(failed)
                return
            except OSError:
                pass
        if not ignore_errors:
            raise err

    shutil.rmtree(path, onerror=on_error)


def _implicit_cleanup(name, ignore_errors, note):
    _remove_tree(name, ignore_errors)
    import warnings
    try:
        warnings.warn(note, ResourceWarning)
    except Exception:
        # Finalizers can run where no Python caller frame is available to
        # attribute the warning to; it is ignored by default anyway.
        if getattr(_sys, 'warnoptions', None):
            raise


class TemporaryDirectory:
    """A directory made with mkdtemp(): `with` yields its name and removes
    it with everything inside on exit; cleanup() does the same at any time,
    and it is also removed when the object is collected or at exit."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix=suffix, prefix=prefix, dir=dir)
        self._quiet_cleanup = ignore_cleanup_errors
        self._finalizer = None
        try:
            import weakref
            finalize = weakref.finalize
        except (ImportError, AttributeError):
            return
        self._finalizer = finalize(self, _implicit_cleanup, self.name, ignore_cleanup_errors,
                                   "Implicitly cleaning up {!r}".format(self))

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, kind, err, trace):
        self.cleanup()

    def cleanup(self):
        pending = self._finalizer is not None and self._finalizer.detach() is not None
        if pending or _os.path.exists(self.name):
            _remove_tree(self.name, self._quiet_cleanup)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
