"""Filename globbing: shell-style wildcards (``*``, ``?``, ``[...]``) and,
with ``recursive=True``, ``**`` for any number of directories.

pyrite's own implementation over ``os.scandir`` and ``fnmatch``.  Results
come in directory-listing order, as in CPython.
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_MAGIC = "*?["


def has_magic(s):
    """Whether ``s`` (str or bytes) contains a wildcard character."""
    if isinstance(s, bytes):
        return any(b in s for b in (b"*", b"?", b"["))
    return any(c in s for c in _MAGIC)


def escape(pathname):
    """Escape every wildcard of ``pathname`` (the drive is left alone)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        out = bytearray()
        for b in rest:
            if b in b"*?[":
                out += b"[" + bytes((b,)) + b"]"
            else:
                out.append(b)
        return drive + bytes(out)
    return drive + "".join("[" + c + "]" if c in _MAGIC else c for c in rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching ``pathname``."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching ``pathname``."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    pathname = os.fspath(pathname)
    as_bytes = isinstance(pathname, bytes)
    if as_bytes:
        pathname = os.fsdecode(pathname)
        if root_dir is not None:
            root_dir = os.fsdecode(root_dir)
    it = _walk_pattern(pathname, root_dir, False, recursive, include_hidden)
    if recursive and pathname[:2] == "**":
        # A leading '**' would first name the starting directory as ''.
        it = _skip_empty_first(it)
    if as_bytes:
        return map(os.fsencode, it)
    return it


def _skip_empty_first(it):
    first = True
    for p in it:
        if first:
            first = False
            if not p:
                continue
        yield p


def _is_double_star(part):
    return part == "**"


def _hidden(name):
    return name[:1] == "."


def _real(root_dir, path):
    """The path to touch on disk for a result path (relative to root_dir)."""
    if root_dir is None:
        return path
    return os.path.join(root_dir, path)


def _walk_pattern(pathname, root_dir, dironly, recursive, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_real(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_real(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_double_star(basename):
            yield from _match_recursive(root_dir, "", dironly, include_hidden)
        else:
            yield from _match_here(root_dir, "", basename, dironly,
                                   include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _walk_pattern(dirname, root_dir, True, recursive,
                             include_hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if has_magic(basename):
            if recursive and _is_double_star(basename):
                names = _match_recursive(root_dir, d, dironly, include_hidden)
            else:
                names = _match_here(root_dir, d, basename, dironly,
                                    include_hidden)
        else:
            names = _match_literal(root_dir, d, basename)
        for n in names:
            yield os.path.join(d, n)


def _list(root_dir, dirname, dironly):
    """Names in a directory (only subdirectories when ``dironly``); [] when
    it cannot be read."""
    target = _real(root_dir, dirname) if dirname else (root_dir or os.curdir)
    try:
        names = []
        with os.scandir(target) as it:
            for entry in it:
                if dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                names.append(entry.name)
        return names
    except OSError:
        return []


def _match_literal(root_dir, dirname, basename):
    if not basename:
        if os.path.isdir(_real(root_dir, dirname)):
            return [basename]
    elif os.path.lexists(_real(root_dir, os.path.join(dirname, basename))):
        return [basename]
    return []


def _match_here(root_dir, dirname, pattern, dironly, include_hidden):
    names = _list(root_dir, dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _match_recursive(root_dir, dirname, dironly, include_hidden):
    yield ""
    yield from _walk_tree(root_dir, dirname, dironly, include_hidden)


def _walk_tree(root_dir, dirname, dironly, include_hidden):
    for name in _list(root_dir, dirname, dironly):
        if include_hidden or not _hidden(name):
            yield name
            sub = os.path.join(dirname, name) if dirname else name
            for deeper in _walk_tree(root_dir, sub, dironly, include_hidden):
                yield os.path.join(name, deeper)


def glob0(dirname, pattern):
    """Deprecated helper: ``[pattern]`` if it names something in dirname."""
    return _match_literal(None, dirname, pattern)


def glob1(dirname, pattern):
    """Deprecated helper: the names in dirname matching pattern."""
    return _match_here(None, dirname, pattern, False, False)
