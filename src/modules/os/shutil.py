"""pyrite's shutil (subset): rmtree, copyfile, copy, copy2, copytree, move,
which, get_terminal_size."""

import os


class Error(OSError):
    pass


class SameFileError(Error):
    pass


def rmtree(path, ignore_errors=False, onerror=None):
    def handle(func, p, exc):
        if ignore_errors:
            return
        if onerror is not None:
            onerror(func, p, (type(exc), exc, None))
            return
        raise exc
    try:
        if os.path.islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
        names = os.listdir(path)
    except OSError as e:
        handle(os.listdir, path, e)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError as e:
                handle(os.unlink, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        handle(os.rmdir, path, e)


def copyfile(src, dst, *, follow_symlinks=True):
    if os.path.exists(dst) and os.path.exists(src) and os.path.samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    with open(src, 'rb') as fsrc, open(dst, 'wb') as fdst:
        while True:
            buf = fsrc.read(65536)
            if not buf:
                break
            fdst.write(buf)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, dirs_exist_ok=False):
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in os.listdir(src):
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, dirs_exist_ok)
        else:
            copy(s, d)
    return dst


def move(src, dst):
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst)
            rmtree(src)
        else:
            copy(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=1, path=None):
    if os.path.dirname(cmd):
        return cmd if os.path.isfile(cmd) else None
    path = path if path is not None else os.environ.get('PATH', os.defpath)
    for d in path.split(os.pathsep):
        full = os.path.join(d, cmd)
        if os.path.isfile(full) and os.stat(full).st_mode & 0o111:
            return full
    return None


def get_terminal_size(fallback=(80, 24)):
    return os.get_terminal_size()
