"""Binary search in sorted sequences: bisect_left, bisect_right (alias
bisect), insort_left, insort_right (alias insort), all with key=.

pyrite's own implementation, following the C accelerator's argument
handling: hi=None (or -1) means len(a); a negative lo is refused.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left',
           'insort_right']


def _as_index(value):
    try:
        convert = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return convert(value)


def _window(a, lo, hi):
    lo = _as_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    hi = -1 if hi is None else _as_index(hi)
    return lo, (len(a) if hi == -1 else hi)


def _search(a, x, lo, hi, key, after_equal):
    """First position in a[lo:hi] whose element (through key) is greater
    than x (after_equal) or not less than x (otherwise)."""
    lo, hi = _window(a, lo, hi)
    while hi > lo:
        middle = (lo + hi) >> 1
        probe = a[middle] if key is None else key(a[middle])
        goes_left = (x < probe) if after_equal else not (probe < x)
        if goes_left:
            hi = middle
        else:
            lo = middle + 1
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Insertion point for x in sorted a, after any entries equal to x."""
    return _search(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Insertion point for x in sorted a, before any entries equal to x."""
    return _search(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, after any entries equal to it."""
    probe = x if key is None else key(x)
    a.insert(_search(a, probe, lo, hi, key, True), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, before any entries equal to it."""
    probe = x if key is None else key(x)
    a.insert(_search(a, probe, lo, hi, key, False), x)


bisect = bisect_right
insort = insort_right
