"""pyrite's tempfile (subset): gettempdir, mkdtemp, mkstemp-free
NamedTemporaryFile/TemporaryFile, TemporaryDirectory."""

import os as _os

template = 'tmp'
tempdir = None
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


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


def gettempprefix():
    return template


def _candidates(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ''
    for _ in range(10000):
        yield _os.path.join(dir, prefix + _name() + suffix)
    raise FileExistsError('No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    for path in _candidates(suffix, prefix, dir):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.file)

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
        self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    for path in _candidates(suffix, prefix, dir):
        try:
            f = open(path, mode.replace('w', 'x', 1) if 'w' in mode else mode, buffering,
                     encoding, errors, newline)
        except FileExistsError:
            continue
        return _TemporaryFileWrapper(f, path, delete)


TemporaryFile = NamedTemporaryFile


class TemporaryDirectory:
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
        if self.name is not None and _os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore)
