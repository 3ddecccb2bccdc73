"""pyrite's tempfile: gettempdir, mkstemp, mkdtemp, mktemp,
NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile, TemporaryDirectory.

Names are made of 8 random characters between the prefix and the suffix;
files are created with O_CREAT|O_EXCL (mode 0o600), directories with mode
0o700, so a name is never reused."""

import os as _os
import io as _io

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_FILE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC


def _name():
    b = _os.urandom(8)
    return ''.join(_CHARS[c % len(_CHARS)] for c in b)


def gettempdir():
    global tempdir
    if tempdir is None:
        for var in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(var)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    # All of prefix/suffix/dir are str, or all bytes (None takes the others' kind).
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds == {bytes}:
        return (b'' if suffix is None else suffix, template.encode() if prefix is None else prefix,
                gettempdirb() if dir is None else dir, bytes)
    return ('' if suffix is None else suffix, template if prefix is None else prefix,
            gettempdir() if dir is None else dir, str)


def _candidates(prefix, suffix, dir, kind):
    for _ in range(TMP_MAX):
        name = _name()
        if kind is bytes:
            name = name.encode()
        yield _os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file readable and writable only by its owner and
    returns (fd, absolute path); the caller closes and removes it."""
    suffix, prefix, dir, kind = _sanitize(prefix, suffix, dir)
    for path in _candidates(prefix, suffix, dir, kind):
        try:
            fd = _os.open(path, _FILE_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory (mode 0o700) and returns its absolute path."""
    suffix, prefix, dir, kind = _sanitize(prefix, suffix, dir)
    for path in _candidates(prefix, suffix, dir, kind):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when it was chosen (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _candidates(prefix, suffix, dir, str):
        if not _os.path.lexists(path):
            return path


class _TemporaryFileWrapper:
    """A file object plus its name; removes the file when closed if `delete`."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        file = self.__dict__['file']
        a = getattr(file, name)
        if callable(a):
            # Methods returning the file itself return the wrapper instead.
            def call(*args, **kwargs):
                r = a(*args, **kwargs)
                return self if r is file else r
            call.__name__ = getattr(a, '__name__', name)
            return call
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __del__(self):
        if not self.__dict__.get('_closed', True):
            self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A file with a visible name (`.name`), removed on close if `delete`."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A file without a name in the file system (removed at once); its
    `name` is its descriptor."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """Keeps its data in memory (BytesIO/StringIO) until it grows past
    `max_size` or `fileno()` is needed, then moves it to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding,
                                   'newline': newline, 'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._max_size and not self._rolled and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        if hasattr(new, 'buffer'):
            new.buffer.write(file.detach().getvalue())
        else:
            new.write(file.getvalue())
        new.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, *exc):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __next__(self):
        return self._file.__next__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        n = file.write(s)
        self._check(file)
        return n

    def writelines(self, iterable):
        file = self._file
        file.writelines(iterable)
        self._check(file)

    def __del__(self):
        pass


class TemporaryDirectory:
    """A directory made by mkdtemp(), removed with its contents by
    cleanup() or at the end of a `with` block (which yields its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        import shutil
        if self.name is not None and _os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
