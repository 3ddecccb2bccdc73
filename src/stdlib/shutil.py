"""pyrite's shutil: copying, moving and removing files and trees, plus
which(), disk_usage() and get_terminal_size().

Trees are walked with os.scandir and removed bottom-up with unlink/rmdir
(no descriptor-relative calls: pyrite's os has no dir_fd), so
`rmtree.avoids_symlink_attacks` is False.
"""

import os
import sys
import stat as _stat
import fnmatch
import collections

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2',
           'copytree', 'move', 'rmtree', 'Error', 'SpecialFileError',
           'ExecError', 'disk_usage', 'chown', 'which', 'ignore_patterns',
           'get_terminal_size', 'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """A copy met something that is not a regular file (a named pipe)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive format could not be registered."""


def _audit(*args):
    hook = getattr(sys, 'audit', None)
    if hook is not None:
        hook(*args)


# ---------------------------------------------------------------------------
# single files

def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of file-like `fsrc` into `fdst`, `length` bytes at
    a time."""
    chunk = length if length > 0 else COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        block = read(chunk)
        if not block:
            return
        write(block)


def _same_file(src, dst):
    try:
        a = os.stat(src)
        b = os.stat(dst)
    except (OSError, ValueError):
        return False
    return (a.st_ino, a.st_dev) == (b.st_ino, b.st_dev)


def _is_link(path):
    try:
        return _stat.S_ISLNK(os.lstat(path).st_mode)
    except (OSError, ValueError):
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file `src` to `dst` (created or truncated);
    with follow_symlinks false a symbolic link is recreated as a link."""
    _audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for path in (src, dst):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            continue
        if _stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % (os.fspath(path),))
    if not follow_symlinks and _is_link(src):
        pointee = os.readlink(src)
        os.symlink(pointee, dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as exc:
            # open() says "is a directory" also when dst ends with a slash
            # and does not exist; CPython words that case differently.
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from exc
        with writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of `src` to `dst`."""
    _audit("shutil.copymode", src, dst)
    if not follow_symlinks and _is_link(src) and _is_link(dst):
        # Linux cannot change a link's own permissions.
        return
    bits = _stat.S_IMODE(os.stat(src).st_mode)
    os.chmod(dst, bits)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies permission bits and access/modification times of `src` to
    `dst` (links themselves are left alone when follow_symlinks is false)."""
    _audit("shutil.copystat", src, dst)
    if not follow_symlinks and _is_link(src) and _is_link(dst):
        return
    info = os.stat(src)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.chmod(dst, _stat.S_IMODE(info.st_mode))


def _into_dir(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def _copy_then(meta, src, dst, follow):
    target = _into_dir(src, dst)
    copyfile(src, target, follow_symlinks=follow)
    meta(src, target, follow_symlinks=follow)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copies data and permission bits; `dst` may be a directory."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """copy() that also keeps the times (copystat)."""
    return _copy_then(copystat, src, dst, follow_symlinks)


# ---------------------------------------------------------------------------
# trees

def ignore_patterns(*patterns):
    """An `ignore` callable for copytree() that skips names matching any
    of the glob-style patterns."""
    def chooser(path, names):
        skipped = set()
        for pat in patterns:
            skipped.update(fnmatch.filter(names, pat))
        return skipped
    return chooser


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree `src` to `dst` and returns `dst`.
    Failures of single entries are gathered and raised together as Error
    with a list of (src, dst, reason) after the rest has been copied."""
    _audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    skipped = set(ignore(os.fspath(src), [e.name for e in entries])) if ignore else ()
    os.makedirs(dst, 0o777, dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skipped:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(from_path)
                if symlinks:
                    os.symlink(target, to_path)
                    copystat(from_path, to_path, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if entry.is_dir():
                copytree(from_path, to_path, symlinks=symlinks, ignore=ignore,
                         copy_function=copy_function, dirs_exist_ok=dirs_exist_ok,
                         ignore_dangling_symlinks=ignore_dangling_symlinks)
            else:
                copy_function(from_path, to_path)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as why:
            problems.append((from_path, to_path, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes the directory tree `path`.  Each failure goes to
    onerror(function, path, exc_info) when given, is skipped with
    ignore_errors, and is raised otherwise."""
    _audit("shutil.rmtree", path, dir_fd)

    def failed(func, where):
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(func, where, sys.exc_info())

    try:
        top = os.lstat(path)
    except OSError:
        failed(os.lstat, path)
        return
    if _stat.S_ISLNK(top.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            failed(os.path.islink, path)
        return
    _remove_below(path, failed)
    try:
        os.rmdir(path)
    except OSError:
        failed(os.rmdir, path)


def _remove_below(folder, failed):
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as err:
        err.filename = folder
        failed(os.scandir, folder)
        return
    for entry in entries:
        full = os.path.join(folder, entry.name)
        try:
            descend = entry.is_dir(follow_symlinks=False)
        except OSError:
            descend = False
        if descend:
            _remove_below(full, failed)
            try:
                os.rmdir(full)
            except OSError:
                failed(os.rmdir, full)
        else:
            try:
                os.unlink(full)
            except OSError:
                failed(os.unlink, full)


rmtree.avoids_symlink_attacks = False


def _last_name(path):
    seps = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(seps))


def _inside(src, dst):
    # Both end with a separator, so '/a/bc' is not taken to be inside '/a/b'.
    outer = os.path.join(os.path.abspath(src), '')
    inner = os.path.join(os.path.abspath(dst), '')
    return inner[:len(outer)] == outer


def move(src, dst, copy_function=copy2):
    """Moves a file or tree to `dst` (into it when it is a directory) by
    renaming, or by copying and removing across file systems.  Returns the
    final path."""
    _audit("shutil.move", src, dst)
    final = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # Only the letter case differs (case-insensitive systems).
            os.rename(src, dst)
            return
        final = os.path.join(dst, _last_name(os.fspath(src)))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), final)
            os.unlink(src)
        elif os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, final, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, final)
            os.unlink(src)
    return final


# ---------------------------------------------------------------------------
# system information

_Usage = collections.namedtuple('usage', ['total', 'used', 'free'])


def disk_usage(path):
    """(total, used, free) bytes of the file system holding `path`."""
    info = os.statvfs(path)
    unit = info.f_frsize
    return _Usage(info.f_blocks * unit,
                  (info.f_blocks - info.f_bfree) * unit,
                  info.f_bavail * unit)


def chown(path, user=None, group=None):
    """Changes the owner and/or group of `path` (names or ids)."""
    _audit("shutil.chown", path, user, group)
    if (user, group) == (None, None):
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = user if isinstance(user, int) else _lookup_id('pwd', user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is not None:
        gid = group if isinstance(group, int) else _lookup_id('grp', group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


def _lookup_id(module, name):
    try:
        if module == 'pwd':
            import pwd
            return pwd.getpwnam(name).pw_uid
        import grp
        return grp.getgrnam(name).gr_gid
    except (ImportError, KeyError):
        return None


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines) of the terminal: $COLUMNS/$LINES when set and
    positive, else the terminal's size, else `fallback`."""
    def from_env(var):
        text = os.environ.get(var, '')
        try:
            return max(int(text), 0)
        except ValueError:
            return 0
    wanted = [from_env('COLUMNS'), from_env('LINES')]
    if 0 in wanted:
        try:
            measured = tuple(os.get_terminal_size(sys.__stdout__.fileno()))
        except (AttributeError, ValueError, OSError):
            measured = tuple(fallback)
        for i in (0, 1):
            if not wanted[i]:
                wanted[i] = measured[i] or fallback[i]
    return os.terminal_size(tuple(wanted))


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable `cmd` found on `path` (default $PATH),
    or None.  A `cmd` containing a directory part is only checked itself."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        folders = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        folders = os.fsdecode(path).split(os.pathsep)
    visited = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None
