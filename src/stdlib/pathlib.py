"""pyrite's pathlib: object-oriented file system paths.

A path is stored as three pieces parsed once from its text: the drive
(`_disk`: 'c:' or '\\\\server\\share' on Windows, always '' on POSIX), the
root (`_slash`: '', '/', '//' or '\\') and the tuple of names after them
(`_names`, with '' and '.' dropped).  Everything else (str, parts, parents,
comparisons) is derived from those, and cached where it costs something.

The two syntaxes are small rule objects (`_POSIX_RULES`, `_NT_RULES`) that
say how a piece of text splits into drive/root/names and how names compare.
"""

import os
import sys
import io
import fnmatch
import stat as _stat
from collections.abc import Sequence as _Sequence

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath',
           'Path', 'PosixPath', 'WindowsPath']

_HOST_IS_NT = os.name == 'nt'

# errno values that mean "there is nothing usable at this path" to the
# is_*/exists predicates, which then answer False instead of raising.
_MISSING_ERRNOS = (2, 20, 9, 40)   # ENOENT, ENOTDIR, EBADF, ELOOP


def _audit(*args):
    hook = getattr(sys, 'audit', None)
    if hook is not None:
        hook(*args)


def _quietly_false(err):
    return getattr(err, 'errno', None) in _MISSING_ERRNOS or \
        getattr(err, 'winerror', None) in (21, 123, 1921)


# ---------------------------------------------------------------------------
# syntax rules

class _PosixRules:
    sep = '/'
    other_seps = ''
    is_nt = False

    def split_anchor(self, text):
        """(drive, root, rest) of one argument's text."""
        if text[:1] != '/':
            return '', '', text
        stripped = text.lstrip('/')
        slashes = len(text) - len(stripped)
        # POSIX leaves exactly two leading slashes implementation-defined,
        # so they are kept; one or three and more mean the root.
        return '', ('//' if slashes == 2 else '/'), stripped

    def fold(self, text):
        return text

    def reserved(self, path):
        return False


class _NtRules:
    sep = '\\'
    other_seps = '/'
    is_nt = True
    _letters = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _device_stems = frozenset(
        ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'] +
        [kind + digit for kind in ('COM', 'LPT') for digit in '123456789\xb9\xb2\xb3'])

    def split_anchor(self, text):
        text = text.replace('/', '\\')
        lead = ''
        if text.startswith('\\\\?\\'):
            # Extended-length prefix; '\\?\UNC\srv\share' is a UNC share.
            lead, text = text[:4], text[4:]
            if text.startswith('UNC\\'):
                lead += 'UNC'
                text = text[3:]
        if text[:2] == '\\\\' and text[2:3] != '\\':
            host_end = text.find('\\', 2)
            if host_end >= 0:
                share_end = text.find('\\', host_end + 1)
                if share_end != host_end + 1:
                    if share_end < 0:
                        share_end = len(text)
                    share = text[:share_end]
                    if lead:
                        share = lead + share[1:]
                    return share, '\\', text[share_end + 1:]
        disk = ''
        if text[1:2] == ':' and text[:1] in self._letters:
            disk, text = text[:2], text[2:]
        if text[:1] == '\\':
            return lead + disk, '\\', text.lstrip('\\')
        return lead + disk, '', text

    def fold(self, text):
        return text.lower()

    def reserved(self, path):
        if not path._names or path._disk.startswith('\\\\'):
            return False
        last = path._names[-1]
        stem = last.partition('.')[0].partition(':')[0].rstrip(' ')
        return stem.upper() in self._device_stems


_POSIX_RULES = _PosixRules()
_NT_RULES = _NtRules()


def _coerce_segment(seg):
    """The text of one constructor argument (str or os.PathLike -> str)."""
    if isinstance(seg, str):
        return seg
    text = os.fspath(seg)
    if isinstance(text, str):
        return text
    raise TypeError("argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % (type(text),))


def _parse(rules, segments):
    """Combines constructor arguments into (drive, root, names): a later
    argument with a root or a drive starts over (keeping the drive when it
    only has a root), as os.path.join does."""
    disk, slash, names = '', '', []
    pending = list(segments)
    pending.reverse()
    while pending:
        seg = pending.pop()
        if isinstance(seg, PurePath):
            # A path argument contributes its parts, each read again with
            # this flavour's rules (so a name like 'c:x' becomes a drive
            # again on Windows, as in CPython 3.11).
            pending.extend(reversed(seg.parts))
            continue
        d, r, rest = rules.split_anchor(_coerce_segment(seg))
        if rules.other_seps:
            rest = rest.replace(rules.other_seps, rules.sep)
        pieces = [p for p in rest.split(rules.sep) if p and p != '.']
        if d or r:
            if d:
                disk = d
            slash = r
            names = list(pieces)
        else:
            names.extend(pieces)
    return disk, slash, tuple(names)


# ---------------------------------------------------------------------------
# pure paths

class _Ancestors(_Sequence):
    """The immutable sequence `path.parents`: parent, grandparent, ... up
    to the anchor (or to '.' for a relative path)."""

    __slots__ = ('_owner', '_count')

    def __init__(self, owner):
        self._owner = owner
        self._count = len(owner._names)

    def __len__(self):
        return self._count

    def __getitem__(self, idx):
        if idx.__class__ is slice:
            start, stop, step = idx.indices(self._count)
            return tuple([self[k] for k in range(start, stop, step)])
        if idx >= self._count or idx < -self._count:
            raise IndexError(idx)
        if idx < 0:
            idx += self._count
        o = self._owner
        return o._derive(o._disk, o._slash, o._names[:self._count - 1 - idx])

    def __repr__(self):
        return '<%s.parents>' % type(self._owner).__name__


class PurePath:
    """A path as text, with no file system access.  Instantiating PurePath
    gives the flavour of the running system (PurePosixPath here)."""

    __slots__ = ('_disk', '_slash', '_names', '_text_cache', '_key_cache', '_hash_cache')
    _rules = _POSIX_RULES

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if _HOST_IS_NT else PurePosixPath
        return cls._build(args)

    @classmethod
    def _build(cls, segments):
        disk, slash, names = _parse(cls._rules, segments)
        return cls._assemble(disk, slash, names)

    @classmethod
    def _assemble(cls, disk, slash, names):
        obj = object.__new__(cls)
        obj._disk = disk
        obj._slash = slash
        obj._names = names
        obj._text_cache = obj._key_cache = obj._hash_cache = None
        return obj

    def _derive(self, disk, slash, names):
        return type(self)._assemble(disk, slash, tuple(names))

    def __reduce__(self):
        return (type(self), self.parts)

    # --- text forms

    def __str__(self):
        t = self._text_cache
        if t is None:
            head = self._disk + self._slash
            if self._names:
                t = head + self._rules.sep.join(self._names)
            else:
                t = head or '.'
            self._text_cache = t
        return t

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def as_posix(self):
        return str(self).replace(self._rules.sep, '/')

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        absolute = self.is_absolute()
        if not absolute:
            raise ValueError("relative path can't be expressed as a file URI")
        if not self._rules.is_nt:
            return 'file://' + _uri_quote(str(self))
        text = self.as_posix()
        if len(self._disk) == 2 and self._disk[1] == ':':
            return 'file:///' + self._disk + _uri_quote(text[2:])
        return 'file:' + _uri_quote(text)

    # --- comparisons

    def _key(self):
        k = self._key_cache
        if k is None:
            fold = self._rules.fold
            k = self._key_cache = tuple(fold(p) for p in self.parts)
        return k

    def _same_kind(self, other):
        return isinstance(other, PurePath) and other._rules is self._rules

    def __eq__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        h = self._hash_cache
        if h is None:
            h = self._hash_cache = hash(self._key())
        return h

    def __lt__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._same_kind(other):
            return NotImplemented
        return self._key() >= other._key()

    # --- components

    @property
    def drive(self):
        """The drive letter or UNC share ('' on POSIX)."""
        return self._disk

    @property
    def root(self):
        """The root ('/' or '' ...)."""
        return self._slash

    @property
    def anchor(self):
        """Drive and root together."""
        return self._disk + self._slash

    @property
    def parts(self):
        """A tuple of the anchor (if any) followed by the names."""
        head = self._disk + self._slash
        return ((head,) + self._names) if head else self._names

    @property
    def name(self):
        """The last name, or '' when the path is only an anchor."""
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        """The extension of the last name ('' if none)."""
        n = self.name
        dot = n.rfind('.')
        if 0 < dot < len(n) - 1:
            return n[dot:]
        return ''

    @property
    def suffixes(self):
        """All extensions of the last name, in order."""
        n = self.name
        if n.endswith('.'):
            return []
        pieces = n.lstrip('.').split('.')
        return ['.' + p for p in pieces[1:]]

    @property
    def stem(self):
        """The last name without its suffix."""
        n = self.name
        s = self.suffix
        return n[:len(n) - len(s)] if s else n

    @property
    def parent(self):
        """The path without its last name (the path itself at an anchor or '.')."""
        if not self._names:
            return self
        return self._derive(self._disk, self._slash, self._names[:-1])

    @property
    def parents(self):
        return _Ancestors(self)

    def is_absolute(self):
        if not self._slash:
            return False
        return bool(self._disk) or not self._rules.is_nt

    def is_reserved(self):
        return self._rules.reserved(self)

    # --- making new paths

    def _extend(self, args):
        """self joined with args (which are first combined as by the
        constructor).  Unlike the constructor, a relative part on the same
        drive ('c:x' after 'c:/a') continues the path instead of restarting."""
        rules = self._rules
        disk, slash, names = _parse(rules, args)
        if slash:
            if not disk:
                disk = self._disk
        elif not disk or rules.fold(disk) == rules.fold(self._disk):
            disk, slash, names = self._disk, self._slash, self._names + names
        return self._derive(disk, slash, names)

    def joinpath(self, *args):
        return self._extend(args)

    def __truediv__(self, key):
        try:
            return self._extend((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._build((key,) + self.parts)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self._names:
            raise ValueError("%r has an empty name" % (self,))
        rules = self._rules
        disk, slash, pieces = _parse(rules, (name,))
        seps = rules.sep + rules.other_seps
        if not name or name[-1] in seps or disk or slash or len(pieces) != 1:
            raise ValueError("Invalid name %r" % (name))
        # The name is kept as given ('.//x' stays so), as CPython 3.11 does.
        return self._derive(self._disk, self._slash, self._names[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        rules = self._rules
        if rules.sep in suffix or (rules.other_seps and rules.other_seps in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix == '.' or (suffix and suffix[0] != '.'):
            raise ValueError("Invalid suffix %r" % (suffix))
        n = self.name
        if not n:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = n[:len(n) - len(old)] if old else n
        return self._derive(self._disk, self._slash, self._names[:-1] + (base + suffix,))

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)._build(other)
        fold = self._rules.fold
        ok = fold(base._disk) == fold(self._disk)
        slash = ''
        if ok and not base._slash and not base._names and base._disk:
            # 'c:' is a prefix of 'c:\\x': what is left keeps the root.
            slash = self._slash
        elif ok:
            ok = base._slash == self._slash
        count = len(base._names)
        if ok:
            mine = [fold(p) for p in self._names[:count]]
            ok = len(mine) == count and mine == [fold(p) for p in base._names]
        if not ok:
            # An empty other path is shown as '' here, not as '.'.
            shown = str(base) if base.parts else ''
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), shown))
        return self._derive('', slash, self._names[count:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def match(self, path_pattern):
        rules = self._rules
        pattern = rules.fold(path_pattern)
        pdisk, pslash, pnames = _parse(rules, (pattern,))
        if not (pdisk or pslash or pnames):
            raise ValueError("empty pattern")
        if pdisk and pdisk != rules.fold(self._disk):
            return False
        if pslash and pslash != self._slash:
            return False
        mine = self._key()
        if pdisk or pslash:
            # An anchored pattern must cover the whole path.
            if len(pnames) + 1 != len(mine):
                return False
        elif len(pnames) > len(mine):
            return False
        for i in range(1, len(pnames) + 1):
            if not fnmatch.fnmatchcase(mine[-i], pnames[-i]):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    __slots__ = ()
    _rules = _POSIX_RULES


class PureWindowsPath(PurePath):
    """A pure path with Windows syntax (drives, UNC shares, case-insensitive
    comparisons, backslashes)."""
    __slots__ = ()
    _rules = _NT_RULES


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _uri_quote(text):
    out = []
    for byte in os.fsencode(text):
        if byte in _URI_SAFE:
            out.append(chr(byte))
        else:
            out.append('%%%02X' % byte)
    return ''.join(out)


# ---------------------------------------------------------------------------
# concrete paths

def _has_magic(piece):
    return '*' in piece or '?' in piece or '[' in piece


class Path(PurePath):
    """A path on the running system, with the methods that touch the file
    system.  Instantiating Path gives PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if _HOST_IS_NT else PosixPath
        if cls._rules.is_nt != _HOST_IS_NT:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return cls._build(args)

    def __enter__(self):
        import warnings
        message = ("pathlib.Path.__enter__() is deprecated and scheduled for removal "
                   "in Python 3.13; Path objects as a context manager is a no-op")
        warnings.warn(message, DeprecationWarning, 2)
        return self

    def __exit__(self, t, v, tb):
        pass

    # --- constructors of well-known places

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)._build((os.getcwd(), self))

    def resolve(self, strict=False):
        def loop_check(err):
            if getattr(err, 'errno', None) == 40:
                raise RuntimeError("Symlink loop from %r" % (err.filename,))
        try:
            text = os.path.realpath(self, strict=strict)
        except OSError as e:
            loop_check(e)
            raise
        result = type(self)(text)
        if not strict:
            try:
                result.stat()
            except OSError as e:
                loop_check(e)
        return result

    def expanduser(self):
        if not self._disk and not self._slash and self._names and self._names[0][:1] == '~':
            home = os.path.expanduser(self._names[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return type(self)._build((home,) + self._names[1:])
        return self

    # --- information

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        import pwd
        uid = self.stat().st_uid
        return pwd.getpwuid(uid).pw_name

    def group(self):
        import grp
        gid = self.stat().st_gid
        return grp.getgrgid(gid).gr_name

    def _mode_or_none(self, follow=True):
        try:
            return os.stat(self, follow_symlinks=follow).st_mode
        except OSError as e:
            if not _quietly_false(e):
                raise
        except ValueError:
            pass
        return None

    def exists(self):
        return self._mode_or_none() is not None

    def _is_kind(self, test, follow=True):
        mode = self._mode_or_none(follow)
        return mode is not None and test(mode)

    def is_dir(self):
        return self._is_kind(_stat.S_ISDIR)

    def is_file(self):
        return self._is_kind(_stat.S_ISREG)

    def is_symlink(self):
        return self._is_kind(_stat.S_ISLNK, False)

    def is_socket(self):
        return self._is_kind(_stat.S_ISSOCK)

    def is_fifo(self):
        return self._is_kind(_stat.S_ISFIFO)

    def is_block_device(self):
        return self._is_kind(_stat.S_ISBLK)

    def is_char_device(self):
        return self._is_kind(_stat.S_ISCHR)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        mine = self.stat()
        if isinstance(other_path, Path):
            theirs = other_path.stat()
        else:
            theirs = os.stat(other_path)
        return mine.st_ino == theirs.st_ino and mine.st_dev == theirs.st_dev

    # --- directory contents

    def iterdir(self):
        for entry in os.listdir(self):
            yield self._derive(self._disk, self._slash, self._names + (entry,))

    def _pattern_names(self, pattern):
        rules = self._rules
        disk, slash, names = _parse(rules, (pattern,))
        if disk or slash:
            raise NotImplementedError("Non-relative patterns are unsupported")
        names = list(names)
        if pattern[-1:] in (rules.sep, rules.other_seps or rules.sep):
            # A trailing separator selects directories only.
            names.append('')
        for n in names:
            if '**' in n and n != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return names

    def glob(self, pattern):
        # A generator: the pattern is checked when iteration starts.
        _audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        names = self._pattern_names(pattern)
        yield from _GlobWalk(names).run(self)

    def rglob(self, pattern):
        _audit("pathlib.Path.rglob", self, pattern)
        names = self._pattern_names(pattern) if pattern else []
        yield from _GlobWalk(['**'] + names).run(self)

    # --- reading and writing

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        text_mode = 'b' not in mode
        return io.open(str(self), mode, buffering,
                       io.text_encoding(encoding) if text_mode else encoding, errors, newline)

    def read_bytes(self):
        with io.open(str(self), 'rb') as stream:
            return stream.read()

    def read_text(self, encoding=None, errors=None):
        with io.open(str(self), 'r', -1, io.text_encoding(encoding), errors) as stream:
            return stream.read()

    def write_bytes(self, data):
        # memoryview() makes the bytes-like check (and its error) up front.
        payload = memoryview(data)
        with io.open(str(self), 'wb') as stream:
            return stream.write(payload)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if isinstance(data, str):
            with io.open(str(self), 'w', -1, io.text_encoding(encoding), errors,
                         newline) as stream:
                return stream.write(data)
        raise TypeError('data must be str, not %s' % type(data).__name__)

    def readlink(self):
        if not hasattr(os, 'readlink'):
            raise NotImplementedError("os.readlink() not available on this system")
        return type(self)(os.readlink(self))

    # --- changing the file system

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        how = os.O_WRONLY | os.O_CREAT | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, how, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            up = self.parent
            if not parents or up == self:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        # A missing ancestor: make the chain first, then this directory.
        up.mkdir(0o777, True, True)
        try:
            os.mkdir(self, mode)
        except OSError:
            if not (exist_ok and self.is_dir()):
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        if follow_symlinks:
            os.chmod(self, mode)
        else:
            os.chmod(self, mode, follow_symlinks=False)

    def lchmod(self, mode):
        return Path.chmod(self, mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        if not hasattr(os, 'symlink'):
            raise NotImplementedError("os.symlink() not available on this system")
        os.symlink(target, self)

    def hardlink_to(self, target):
        if not hasattr(os, 'link'):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)

    def link_to(self, target):
        import warnings
        message = ("pathlib.Path.link_to() is deprecated and is scheduled to be "
                   "removed in Python 3.12. Use pathlib.Path.hardlink_to() instead.")
        warnings.warn(message, DeprecationWarning, 2)
        os.link(self, target)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows (cannot be made on other systems)."""
    __slots__ = ()


class _GlobWalk:
    """Expands a relative pattern (a list of names, '**' for any depth, ''
    at the end for "directories only") under a directory, in directory
    listing order, each path yielded once."""

    def __init__(self, names):
        self.names = names

    def run(self, base):
        seen = set()
        for p in self._expand(base, 0):
            if p not in seen:
                seen.add(p)
                yield p

    def _child(self, parent, name):
        return parent._derive(parent._disk, parent._slash, parent._names + (name,))

    def _entries(self, directory):
        try:
            with os.scandir(directory) as it:
                return list(it)
        except PermissionError:
            return []

    def _expand(self, here, i):
        names = self.names
        if i == len(names):
            yield here
            return
        piece = names[i]
        if piece == '':
            yield here
            return
        more = i + 1 < len(names)
        if piece == '**':
            for d in self._all_dirs(here):
                yield from self._expand(d, i + 1)
        elif _has_magic(piece):
            fold = here._rules.fold
            want = fold(piece)
            for entry in self._entries(here):
                if more:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _quietly_false(e):
                            raise
                        continue
                if fnmatch.fnmatchcase(fold(entry.name), want):
                    yield from self._expand(self._child(here, entry.name), i + 1)
        else:
            target = self._child(here, piece)
            if target.is_dir() if more else target.exists():
                yield from self._expand(target, i + 1)

    def _all_dirs(self, top):
        # `top` itself, then every directory below it (depth first, in
        # listing order); symbolic links to directories are not entered.
        yield top
        for entry in self._entries(top):
            try:
                is_dir = entry.is_dir() and not entry.is_symlink()
            except OSError as e:
                if not _quietly_false(e):
                    raise
                is_dir = False
            if is_dir:
                yield from self._all_dirs(self._child(top, entry.name))
