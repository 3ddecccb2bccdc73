"""pyrite's os.path (posixpath): pure string operations plus stat checks."""

import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
devnull = '/dev/null'
supports_unicode_filenames = False


def _fs(p):
    if isinstance(p, str):
        return p
    import os
    return os.fspath(p)


def _bytes_aware(f):
    # The pure functions work on str; bytes paths go through latin-1 (which
    # maps each byte to one character and back) so they behave the same.
    def wrapper(p, *rest):
        p = _fs(p)
        if isinstance(p, bytes):
            r = f(p.decode('latin-1'), *rest)
            if isinstance(r, tuple):
                return tuple(x.encode('latin-1') for x in r)
            return r.encode('latin-1') if isinstance(r, str) else r
        return f(p, *rest)
    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = f.__qualname__
    wrapper.__doc__ = f.__doc__
    return wrapper


def _arg(fname, x):
    if isinstance(x, (str, bytes)):
        return x
    try:
        return _fs(x)
    except TypeError:
        raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'"
                        % (fname, type(x).__name__)) from None


@_bytes_aware
def isabs(s):
    return s.startswith('/')


def join(a, *p):
    a = _arg('join', a)
    rest = [_arg('join', b) for b in p]
    kind = type(a)
    if any(type(b) is not kind for b in rest):
        raise TypeError("Can't mix strings and bytes in path components") from None
    if kind is bytes:
        return _join(a.decode('latin-1'), [b.decode('latin-1') for b in rest]).encode('latin-1')
    return _join(a, rest)


def _join(path, rest):
    for b in rest:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


@_bytes_aware
def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


@_bytes_aware
def splitext(p):
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


@_bytes_aware
def splitdrive(p):
    return p[:0], p


@_bytes_aware
def basename(p):
    return p[p.rfind('/') + 1:]


@_bytes_aware
def dirname(p):
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normcase(s):
    return _fs(s)


def _stat(p):
    try:
        return posix.stat(_fs(p))
    except (OSError, ValueError):
        return None


def exists(p):
    return _stat(p) is not None


def lexists(p):
    try:
        posix.lstat(_fs(p))
    except (OSError, ValueError):
        return False
    return True


def isfile(p):
    st = _stat(p)
    return st is not None and st[0] & 0o170000 == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & 0o170000 == 0o040000


def islink(p):
    try:
        st = posix.lstat(_fs(p))
    except (OSError, ValueError):
        return False
    return st[0] & 0o170000 == 0o120000


def ismount(p):
    return _fs(p) == '/'


def getsize(filename):
    return posix.stat(_fs(filename))[6]


def getmtime(filename):
    return posix.stat(_fs(filename))[8]


def getatime(filename):
    return posix.stat(_fs(filename))[7]


def getctime(filename):
    return posix.stat(_fs(filename))[9]


def samefile(f1, f2):
    s1 = posix.stat(_fs(f1))
    s2 = posix.stat(_fs(f2))
    return s1[1] == s2[1] and s1[2] == s2[2]


@_bytes_aware
def normpath(path):
    if not path:
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


@_bytes_aware
def abspath(path):
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fs(filename)
    path, ok = _joinrealpath('', filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    if isabs(rest):
        rest = rest[1:]
        path = '/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == '.':
            continue
        if name == '..':
            if path:
                path, name = split(path)
                if name == '..':
                    path = join(path, '..', '..')
            else:
                path = '..'
            continue
        newpath = join(path, name)
        if not islink(newpath):
            if strict:
                posix.lstat(newpath)  # strict: a missing component raises
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                posix.stat(newpath)  # a symlink loop: raises ELOOP
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fs(path)
    start = curdir if start is None else _fs(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [_fs(p) for p in paths]
    split_paths = [p.split('/') for p in paths]
    isabs_ = set(p.startswith('/') for p in paths)
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if paths[0].startswith('/') else ''
    return prefix + '/'.join(common)


def expanduser(path):
    path = _fs(path)
    if isinstance(path, bytes):
        import os
        return os.fsencode(expanduser(os.fsdecode(path)))
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    # stdfs helper: '~user' and a missing $HOME go through the pwd module.
    try:
        if i == 1:
            import os
            userhome = os.environ.get('HOME')
            if userhome is None:
                import pwd
                userhome = pwd.getpwuid(os.getuid()).pw_dir
        else:
            import pwd
            userhome = pwd.getpwnam(path[1:i]).pw_dir
    except (ImportError, KeyError):
        return path
    userhome = userhome.rstrip('/')
    return (userhome + path[i:]) or '/'


def expandvars(path):
    path = _fs(path)
    if '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j >= 0:
                    name = path[i + 2:j]
                    if name in os.environ:
                        out.append(os.environ[name])
                    else:
                        out.append(path[i:j + 1])
                    i = j + 1
                    continue
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == '_'):
                    j += 1
                name = path[i + 1:j]
                if name and name in os.environ:
                    out.append(os.environ[name])
                    i = j
                    continue
                out.append(path[i:j])
                i = j
                continue
        out.append(c)
        i += 1
    return ''.join(out)
