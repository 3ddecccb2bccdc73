"""Helpers shared by the unittest modules (pyrite's own implementation)."""

__unittest = True

# Repr shortening for assertion messages.  A repr longer than _WIDTH is
# collapsed: the part the values share is cut to a short head and tail, and
# whatever differs keeps as much room as the width leaves.
_WIDTH = 80
_MARKER_ROOM = 12          # room reserved for a "[NN chars]" marker
_HEAD = 5                  # characters kept before a marker
_TAIL = 5                  # characters kept after a marker in a differing part
_SHARED_MIN = 5            # the least of a shared prefix worth keeping
_DIFF_KEEP = _WIDTH - (_HEAD + _MARKER_ROOM + _SHARED_MIN + _MARKER_ROOM + _TAIL)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _WIDTH:
        text = text[:_WIDTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _squeeze(text, keep_front, keep_back):
    dropped = len(text) - keep_front - keep_back
    if dropped <= _MARKER_ROOM:
        return text
    return '%s[%d chars]%s' % (text[:keep_front], dropped, text[len(text) - keep_back:])


def _shared_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*values):
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _WIDTH:
        return reprs
    prefix = _shared_prefix(reprs)
    plen = len(prefix)
    room = _WIDTH - (longest - plen + _HEAD + _MARKER_ROOM)
    if room > _SHARED_MIN:
        head = _squeeze(prefix, _HEAD, room)
        return tuple(head + r[plen:] for r in reprs)
    head = _squeeze(prefix, _HEAD, _SHARED_MIN)
    return tuple(head + _squeeze(r[plen:], _DIFF_KEEP, _TAIL) for r in reprs)


def three_way_cmp(x, y):
    """Return -1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


def sorted_list_difference(expected, actual):
    """Items of two sorted lists missing from the other one (duplicates once)."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        a, b = expected[i], actual[j]
        if a < b:
            missing.append(a)
            i += 1
            while i < len(expected) and expected[i] == a:
                i += 1
        elif a > b:
            unexpected.append(b)
            j += 1
            while j < len(actual) and actual[j] == b:
                j += 1
        else:
            i += 1
            while i < len(expected) and expected[i] == a:
                i += 1
            j += 1
            while j < len(actual) and actual[j] == b:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be ordered (O(n*n))."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def _count_by_equality(items):
    """(item, count) pairs in first-seen order, comparing with ==."""
    seen = []
    for item in items:
        for pair in seen:
            if pair[0] == item:
                pair[1] += 1
                break
        else:
            seen.append([item, 1])
    return seen


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, item) for items whose counts
    differ; works on unhashable items."""
    out = []
    left = _count_by_equality(actual)
    right = _count_by_equality(expected)
    used = [False] * len(right)
    for item, n in left:
        m = 0
        for k, (other, count) in enumerate(right):
            if not used[k] and other == item:
                m += count
                used[k] = True
        if n != m:
            out.append((n, m, item))
    for k, (item, m) in enumerate(right):
        if not used[k]:
            out.append((0, m, item))
    return out


def _tally(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose, for hashable items."""
    left, right = _tally(actual), _tally(expected)
    out = []
    for item, n in left.items():
        m = right.get(item, 0)
        if n != m:
            out.append((n, m, item))
    for item, m in right.items():
        if item not in left:
            out.append((0, m, item))
    return out
