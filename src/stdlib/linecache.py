"""linecache for pyrite: remembers the lines of source files by name.

A name that is not a readable path is also tried relative to each
directory of sys.path, the way tracebacks find imported modules.
"""
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# name -> (size, mtime, lines, resolved path); a 1-tuple marks a lazy entry.
cache = {}


def _is_full(entry):
    return len(entry) != 1


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line *lineno* (1-based) of *filename*, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of *filename*, reading (and caching) the file if needed."""
    entry = cache.get(filename)
    if entry is not None and _is_full(entry):
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stale(entry):
    size, mtime, _lines, path = entry
    if mtime is None:
        return False  # came from a loader, nothing on disk to compare with
    try:
        st = os.stat(path)
    except OSError:
        return True
    return st.st_size != size or st.st_mtime != mtime


def checkcache(filename=None):
    """Drop cached files whose size or mtime changed on disk (all files when
    *filename* is None)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if _is_full(entry) and _stale(entry):
            cache.pop(name, None)


def _locate(filename):
    # Return (path, stat result) for *filename*, or None if it cannot be found.
    try:
        return filename, os.stat(filename)
    except OSError:
        pass
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        try:
            candidate = os.path.join(folder, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return candidate, os.stat(candidate)
        except (OSError, ValueError):
            continue
    return None


def _split_lines(text):
    # Universal newlines; every line keeps a trailing '\n' (as readlines()
    # would give, with one added to an unterminated last line).
    pieces = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    if pieces[-1] == '':
        pieces.pop()
    return [piece + '\n' for piece in pieces]


def updatecache(filename, module_globals=None):
    """(Re)read *filename* into the cache and return its lines; [] when it
    cannot be read."""
    old = cache.get(filename)
    if old is not None and _is_full(old):
        del cache[filename]
    if not filename or (filename[:1] == '<' and filename[-1:] == '>'):
        return []
    found = _locate(filename)
    if found is None:
        return []
    path, st = found
    try:
        with open(path, 'rb') as handle:
            raw = handle.read()
        text = raw.decode('utf-8', 'replace')
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    lines = _split_lines(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, path)
    return lines


def lazycache(filename, module_globals):
    """Register *filename* for lazy loading; pyrite keeps no loader source,
    so this only reports whether a lazy entry already exists."""
    entry = cache.get(filename)
    return entry is not None and not _is_full(entry)
