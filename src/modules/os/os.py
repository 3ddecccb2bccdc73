"""pyrite's os module (a package so that `import os.path` works): thin
Python over the native `posix` module."""

import sys
import posix
from posix import (getpid, getcwd, chdir, listdir, mkdir, rmdir, remove, unlink,
                   rename, replace, readlink, chmod, urandom, cpu_count, strerror,
                   write, putenv, unsetenv, open, close, read, lseek, ftruncate, fsync,
                   pipe, dup, isatty, symlink, link, truncate, utime, getppid,
                   O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE, O_CREAT, O_EXCL, O_NOCTTY,
                   O_TRUNC, O_APPEND, O_NONBLOCK, O_NDELAY, O_DSYNC, O_SYNC, O_DIRECTORY,
                   O_NOFOLLOW, O_CLOEXEC)

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


# modsys helper: a real struct sequence, as CPython's (types/structseq.rs).
import _structseq
stat_result = _structseq.structseq_type('os', 'stat_result', (
    'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
    'unnamed field', 'unnamed field', 'unnamed field',
    'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
    'st_blksize', 'st_blocks', 'st_rdev'), 10,
    "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n"
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
    "or st_flags, they are available as attributes only.\n\nSee os.stat for more information.")


def _stat_result(raw):
    # posix.stat's 13 values: the 7 ints, float times, ns times.
    raw = tuple(raw)
    return stat_result(raw[:7] + (int(raw[7]), int(raw[8]), int(raw[9])) + raw[7:13])


statvfs_result = _structseq.structseq_type('os', 'statvfs_result', (
    'f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
    'f_favail', 'f_flag', 'f_namemax', 'f_fsid'), 10,
    "statvfs_result: file system statistics from os.statvfs(); a 10-tuple\n"
    "(bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax)\n"
    "whose items are also the attributes f_bsize, f_frsize, ...; f_fsid is an\n"
    "attribute only.")


def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
    # stdfs helper: for shutil.chown.
    if follow_symlinks:
        posix.chown(fspath(path), uid, gid)
    else:
        posix.lchown(fspath(path), uid, gid)


def lchown(path, uid, gid):
    posix.lchown(fspath(path), uid, gid)


def statvfs(path):
    # stdfs helper: for shutil.disk_usage.
    return statvfs_result(posix.statvfs(fspath(path)))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _stat_result(posix.stat(path) if follow_symlinks else posix.lstat(path))


def lstat(path, *, dir_fd=None):
    return _stat_result(posix.lstat(path))


def fstat(fd):
    return _stat_result(posix.fstat(fd))


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd).__name__)
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def getuid():
    return posix._ids()[0]


def geteuid():
    return posix._ids()[1]


def getgid():
    return posix._ids()[2]


def getegid():
    return posix._ids()[3]


def uname():
    return uname_result(posix._uname())


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get('PATH')
    if p is None:
        p = defpath
    return p.split(pathsep)


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + t.__name__) from None
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (t.__name__, type(r).__name__))


class PathLike:
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__fspath__') or NotImplemented


class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self._data:
            unsetenv(key)
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({' + ', '.join('%r: %r' % kv for kv in self._data.items()) + '})'


environ = _Environ(posix._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, p):
        self._path = p
        self._it = iter(listdir(p))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._it))

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(p='.'):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        st = stat(p)
    except OSError:
        return False
    if not mode:
        return True
    if getuid() == 0:
        # root may read and write anything, and execute what has an x bit
        return not (mode & X_OK) or st.st_mode & 0o111 != 0 or (st.st_mode & 0o170000) == 0o040000
    if st.st_uid == geteuid():
        bits = (st.st_mode >> 6) & 7
    elif st.st_gid == getegid():
        bits = (st.st_mode >> 3) & 7
    else:
        bits = st.st_mode & 7
    return bits & mode == mode


def get_terminal_size(fd=1):
    return terminal_size((int(environ.get('COLUMNS', 80)), int(environ.get('LINES', 24))))


terminal_size = _structseq.structseq_type('os', 'terminal_size', ('columns', 'lines'), 2,
                                         'A tuple of (columns, lines) for holding terminal window size')

uname_result = _structseq.structseq_type(
    'posix', 'uname_result', ('sysname', 'nodename', 'release', 'version', 'machine'), 5,
    'uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n'
    '  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, '
    'release, version, and machine.\n\nSee os.uname for more information.')


from . import path
sys.modules['os.path'] = path
