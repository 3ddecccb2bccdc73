"""Binary min-heaps stored in plain lists (heap[0] is the smallest item and
heap[k] <= heap[2k+1], heap[2k+2]): heappush, heappop, heapify, heapreplace,
heappushpop, plus merge, nlargest and nsmallest.

pyrite's own implementation; argument errors follow the C accelerator.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def _require_list(value, func, numbered):
    if not isinstance(value, list):
        what = 'None' if value is None else type(value).__name__
        where = 'argument 1' if numbered else 'argument'
        raise TypeError('%s() %s must be list, not %s' % (func, where, what))


def _rise(heap, stop, pos, before):
    """Move heap[pos] towards the root (not past index stop) while it
    should come before its parent."""
    moving = heap[pos]
    while pos > stop:
        up = (pos - 1) // 2
        if not before(moving, heap[up]):
            break
        heap[pos] = heap[up]
        pos = up
    heap[pos] = moving


def _settle(heap, pos, before):
    """Restore the heap below pos: walk the hole at pos down to a leaf along
    the preferred children, drop the item there and let it rise back
    (fewer comparisons than stopping early, as the item usually belongs
    near the bottom)."""
    size = len(heap)
    top = pos
    moving = heap[pos]
    kid = 2 * pos + 1
    while kid < size:
        other = kid + 1
        if other < size and not before(heap[kid], heap[other]):
            kid = other
        heap[pos] = heap[kid]
        pos = kid
        kid = 2 * pos + 1
    heap[pos] = moving
    _rise(heap, top, pos, before)


def _build(heap, before):
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _settle(heap, pos, before)


def _pop(heap, before):
    if not heap:
        raise IndexError('index out of range')
    tail = heap.pop()
    if not heap:
        return tail
    smallest = heap[0]
    heap[0] = tail
    _settle(heap, 0, before)
    return smallest


def _swap_top(heap, item, before):
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _settle(heap, 0, before)
    return smallest


def heappush(heap, item):
    """Add item to heap."""
    _require_list(heap, 'heappush', True)
    heap.append(item)
    _rise(heap, 0, len(heap) - 1, _lt)


def heappop(heap):
    """Remove and return the smallest item of heap."""
    _require_list(heap, 'heappop', False)
    return _pop(heap, _lt)


def heapreplace(heap, item):
    """Remove and return the smallest item, then add item (the returned
    value may be larger than item)."""
    _require_list(heap, 'heapreplace', True)
    return _swap_top(heap, item, _lt)


def heappushpop(heap, item):
    """Add item, then remove and return the smallest item (faster than
    heappush() followed by heappop())."""
    _require_list(heap, 'heappushpop', True)
    if not heap or not heap[0] < item:
        return item
    smallest = heap[0]
    heap[0] = item
    _settle(heap, 0, _lt)
    return smallest


def heapify(x):
    """Rearrange list x into a heap in linear time."""
    _require_list(x, 'heapify', False)
    _build(x, _lt)


# Max-heap versions; private in CPython too, kept for code that uses them.
def _heapify_max(x):
    _require_list(x, '_heapify_max', False)
    _build(x, _gt)


def _heappop_max(heap):
    _require_list(heap, '_heappop_max', False)
    return _pop(heap, _gt)


def _heapreplace_max(heap, item):
    _require_list(heap, '_heapreplace_max', True)
    return _swap_top(heap, item, _gt)


def _siftdown(heap, startpos, pos):
    _rise(heap, startpos, pos, _lt)


def _siftup(heap, pos):
    _settle(heap, pos, _lt)


def _siftdown_max(heap, startpos, pos):
    _rise(heap, startpos, pos, _gt)


def _siftup_max(heap, pos):
    _settle(heap, pos, _gt)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted iterables into one sorted stream; equal items
    come out in the order of the iterables that hold them."""
    # Each source is [sort key, tie-break, current value, iterator]; the
    # tie-break is unique, so values themselves are never compared.
    if reverse:
        def before(a, b):
            return [b[0], -b[1]] < [a[0], -a[1]]
    else:
        def before(a, b):
            return [a[0], a[1]] < [b[0], b[1]]
    sources = []
    for rank, iterable in enumerate(iterables):
        stream = iter(iterable)
        for first in stream:
            sources.append([first if key is None else key(first), rank, first, stream])
            break
    _build(sources, before)
    while sources:
        head = sources[0]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            _settle(sources, 0, before)
            break
        else:
            _pop(sources, before)


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (same as sorted(...)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (same as sorted(..., reverse=True)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
