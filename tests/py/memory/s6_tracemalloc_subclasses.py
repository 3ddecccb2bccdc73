# tracemalloc sizes of instances of classes derived from list, tuple, bytes,
# int and str: CPython allocates variable-sized subclass instances with room
# for one more item (PyType_GenericAlloc), rounded up to 8 bytes.
import tracemalloc


class L(list):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class I(int):
    pass


class S(str):
    pass


class TS(tuple):
    __slots__ = ()


class BS(bytes):
    __slots__ = ()


N = 500


def per_object(make):
    keep = [None] * N
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(N):
        keep[i] = make()
    after = tracemalloc.get_traced_memory()[0]
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    stats = [s for s in snap.statistics('lineno') if s.traceback[0].filename == __file__]
    top = max(stats, key=lambda s: s.size)
    return round((after - before) / N), top.size // top.count, top.count


cases = [
    ('L()', lambda: L()), ('L([1, 2, 3])', lambda: L([1, 2, 3])),
    ('T()', lambda: T()), ('T((1,))', lambda: T((1,))), ('T((1, 2, 3))', lambda: T((1, 2, 3))),
    ('TS((1, 2))', lambda: TS((1, 2))),
    ('B()', lambda: B()), ('B(5)', lambda: B(5)), ('B(7)', lambda: B(7)), ('B(8)', lambda: B(8)),
    ('BS(3)', lambda: BS(3)), ('I()', lambda: I()), ('I(5)', lambda: I(5)), ('I(2**40)', lambda: I(2 ** 40)),
    ('S("ab")', lambda: S('ab')),
]
for name, make in cases:
    print(name, per_object(make))

# OrderedDict: the odict object, its dict's keys table, fast-nodes array and nodes.
from collections import OrderedDict, deque


class OD(OrderedDict):
    pass


def growth(make, add, n):
    sizes = [0] * (n + 1)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    o = make()
    sizes[0] = tracemalloc.get_traced_memory()[0] - base
    for k in range(n):
        add(o, k)
        sizes[k + 1] = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    # The size made by the constructor, then the growth after the first item.
    return [sizes[0]] + [x - sizes[1] for x in sizes[1:]]


def put(o, k):
    o[k] = None


print('OrderedDict', growth(OrderedDict, put, 12))
print('OD', growth(OD, put, 12))
print('deque', sorted(set(growth(deque, deque.append, 130))))
print('deque left', sorted(set(growth(deque, deque.appendleft, 70))))
