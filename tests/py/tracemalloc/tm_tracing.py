# Live tracing: counters, attribution to file:line, frees, peaks, object
# tracebacks, snapshots and their diffs. Sizes are compared with each other
# or with bounds (CPython's allocator and pyrite's heap differ by a few
# bytes per object: free lists, the list object itself).
import os
import tracemalloc

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
with open(__file__) as f:
    SOURCE = f.read().splitlines()


def line_of(marker):
    for i, text in enumerate(SOURCE):
        if text.endswith('# @' + marker) or ('# @' + marker + ':') in text:
            return i + 1


def show(stat):
    print(str(stat).replace(HERE, ''))


print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback([]))
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in (0, -1, 65536):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    tracemalloc.start('2')
except TypeError as e:
    print('TypeError:', e)

before = [object() for _ in range(1000)]       # allocated before start: not traced
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(before))
del before                                     # freeing untraced objects changes nothing
cur0, peak0 = tracemalloc.get_traced_memory()
print(cur0 < 2000, peak0 < 3000)

big = 'x' * 800000                             # one 800 KB str
cur1, peak1 = tracemalloc.get_traced_memory()
print(800049 <= cur1 - cur0 < 802000, peak1 >= cur1)
tb = tracemalloc.get_object_traceback(big)
print(len(tb), tb[0].lineno, os.path.basename(tb[0].filename), tb.total_nframe)
print([line.replace(HERE, '') for line in tb.format()])

del big
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur2 < cur1 - 790000, peak2 >= cur1)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print(peak3 < peak2, cur3 <= peak3)

snap1 = tracemalloc.take_snapshot()
words = [str(i) * 20 for i in range(2000)]    # @words: 2000 strs of 69..99 bytes
table = {}
for i in range(3000):
    table[i * 1000] = None                     # @table: the keys table grows here
grow = []
for i in range(5000):
    grow.append(None)                          # @grow: the item array grows here
snap2 = tracemalloc.take_snapshot()
flt = [tracemalloc.Filter(False, tracemalloc.__file__)]
stats = snap2.filter_traces(flt).compare_to(snap1.filter_traces(flt), 'lineno')
top = {s.traceback[0].lineno: s for s in stats[:6]}
W, T, G = line_of('words'), line_of('table'), line_of('grow')
print(W in top, T in top, G in top)
expect = sum(w.__sizeof__() for w in words)
print(top[W].count_diff >= 2000, expect < top[W].size_diff < expect + 20000)
print(top[T].size > 3000 * 24, top[G].size >= 5000 * 8)
print(stats[0].traceback[0].lineno, os.path.basename(stats[0].traceback[0].filename))

by_file = snap2.statistics('filename')
print(os.path.basename(by_file[0].traceback[0].filename), by_file[0].traceback[0].lineno)
print(len(snap2.traces) > 5000, snap2.traceback_limit)
print(sum(t.size for t in snap2.traces) == sum(s.size for s in snap2.statistics('traceback')))

tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(words))
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(tracemalloc.get_object_traceback(words))
