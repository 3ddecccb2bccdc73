# Exact sizes and counts per line for allocations that CPython makes without
# free lists (str, bytes, tuple > 20 items, ints >= 257, __slots__ objects),
# so CPython's figures and pyrite's are the same bytes.
import tracemalloc


class Pair:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b


# Every global exists before tracing, so no store below grows the module dict.
text = data = wide = emoji = words = pairs = joined = snapshot = stats = st = None
n = 3000
grown = 'z' * n                # allocated before tracing
tracemalloc.start()
grown += 'y' * 10              # reallocated in place: traced now, 3059 B
text = 'a' * 5000
data = b'x' * n
wide = '\u00e9' * n
emoji = '\U0001f600' * n + '\u0101'
words = tuple(str(i) * 10 for i in range(100, 200))
pairs = tuple(Pair(i, -i) for i in range(1000, 1030))
joined = '-'.join(words)
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
stats = snapshot.filter_traces([tracemalloc.Filter(True, __file__)]).statistics('lineno')
for st in sorted(stats, key=lambda s: s.traceback[0].lineno):
    print('line %d: size=%d count=%d' % (st.traceback[0].lineno, st.size, st.count))
    print('   ', str(st).split(': ', 1)[1])
