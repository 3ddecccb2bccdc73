# tracemalloc's pure-Python layer: Statistic/StatisticDiff/Frame/Traceback/Trace
# formats, grouping, sorting, comparing and filtering of hand-made snapshots.
import tracemalloc
from tracemalloc import Frame, Traceback, Statistic, StatisticDiff, Snapshot, Filter, DomainFilter

tb = Traceback((('a.py', 12),))
for size in (0, 1, 99, 100, 1023, 1024, 10239, 10240, 102399, 102400, 10**6, 10**7,
             10**9, 5 * 10**10, 10**12, 10**15, 10**18):
    print(Statistic(tb, size, 3))
print(Statistic(tb, 100, 0))
for d in (0, 5, -5, 2048, -2048, 10**6, -(10**8)):
    print(StatisticDiff(tb, abs(d) * 2, d, 4, -2))
print(StatisticDiff(tb, 0, -100, 0, -1))
print(repr(Statistic(tb, 10, 2)), repr(StatisticDiff(tb, 10, -3, 2, 1)))

f = Frame(('x.py', 7))
print(f, repr(f), f.filename, f.lineno)
print(Frame(('a', 1)) < Frame(('a', 2)), Frame(('b', 1)) > Frame(('a', 9)), Frame(('a', 1)) == Frame(('a', 1)))
t2 = Traceback((('inner.py', 3), ('mid.py', 2), ('outer.py', 1)), 7)
print(t2, repr(t2), len(t2), t2.total_nframe)
print(t2[0], t2[-1], t2[1:], Frame(('mid.py', 2)) in t2, Frame(('mid.py', 3)) in t2)
print(t2.format(), t2.format(most_recent_first=True), t2.format(limit=1), t2.format(limit=-1))
print(repr(Traceback((('a.py', 1),))), hash(tb) == hash(Traceback((('a.py', 12),))))
print(tb == Traceback((('a.py', 12),)), tb < t2, sorted([t2, tb]) == [tb, t2])
print(list(reversed(t2)), t2.index(Frame(('outer.py', 1))), t2.count(Frame(('a', 1))))
print(Statistic(tb, 1, 1) == Statistic(tb, 1, 1), StatisticDiff(tb, 1, 1, 1, 1) == StatisticDiff(tb, 1, 1, 1, 2))

raw = [
    (0, 100, (('b.py', 5), ('main.py', 1)), 2),
    (0, 100, (('b.py', 5), ('main.py', 1)), 2),
    (0, 40, (('b.py', 6), ('main.py', 2)), 2),
    (0, 1000, (('c.py', 9), ('b.py', 6), ('main.py', 2)), 3),
    (1, 64, (('c.py', 9), ('main.py', 3)), 2),
    (0, 8, (('<frozen importlib._bootstrap>', 30),), 1),
    (0, 16, (('<unknown>', 0),), 1),
    (0, 300, (('lib/x.pyc', 4),), 1),
]
snap = Snapshot(raw, 3)
print(snap.traceback_limit, len(snap.traces), repr(snap.traces))
print(snap.traces[0], repr(snap.traces[2]), snap.traces[0] == snap.traces[1], snap.traces[3].traceback)
print(snap.traces[0].domain, snap.traces[0].size, len(snap.traces[1:4]))
for key in ('lineno', 'filename', 'traceback'):
    print('--', key)
    for st in snap.statistics(key):
        print(st)
for key in ('lineno', 'filename'):
    print('-- cumulative', key)
    for st in snap.statistics(key, cumulative=True):
        print(st)
for bad in (('x', False), ('traceback', True)):
    try:
        snap.statistics(*bad)
    except ValueError as e:
        print('ValueError:', e)

filters = [
    [Filter(False, '<frozen importlib._bootstrap>'), Filter(False, '<unknown>')],
    [Filter(True, 'b.py')],
    [Filter(True, '*.py', lineno=9)],
    [Filter(True, 'b.py', all_frames=True)],
    [Filter(False, 'main.py', all_frames=True)],
    [Filter(True, 'lib/x.py')],
    [DomainFilter(True, 1)],
    [DomainFilter(False, 1), Filter(False, 'c*')],
    [Filter(True, 'c.py', domain=0)],
    [Filter(False, 'c.py', domain=0)],
    [],
]
for fl in filters:
    s2 = snap.filter_traces(fl)
    print(len(s2.traces), [str(st) for st in s2.statistics('lineno')])
try:
    snap.filter_traces(Filter(True, 'x'))
except TypeError as e:
    print('TypeError:', e)
fl = Filter(True, 'a.pyc', 3)
print(fl.inclusive, fl.filename_pattern, fl.lineno, fl.all_frames, fl.domain, DomainFilter(False, 2).domain)

old = Snapshot(raw[:3] + [(0, 5, (('gone.py', 1),), 1)], 1)
for st in snap.compare_to(old, 'lineno'):
    print(st)
print('--')
for st in snap.compare_to(old, 'filename', cumulative=True):
    print(st)
