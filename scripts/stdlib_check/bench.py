#!/usr/bin/env python3
"""Rough speed comparison (CPython running pyrite's modules vs CPython's own)
to spot pathological slowness; not a correctness check."""
import io
import time
import collections as rc, json as rj, csv as rcsv, heapq as rh, itertools as ri
from harness import load

mc, mj, mcsv, mh, mi = load('collections'), load('json'), load('csv'), load('heapq'), load('itertools')


def t(label, fr, fm):
    a = time.perf_counter(); fr(); b = time.perf_counter(); fm(); c = time.perf_counter()
    print('%-28s real %.4fs  mine %.4fs  x%.1f' % (label, b - a, c - b, (c - b) / max(b - a, 1e-9)))


def deque_ops(m):
    d = m.deque(maxlen=1000)
    for i in range(200000):
        d.append(i)
        if i % 3 == 0:
            d.popleft()
    return sum(d)


t('deque append/popleft 200k', lambda: deque_ops(rc), lambda: deque_ops(mc))
words = ('alpha beta gamma delta epsilon ' * 40000).split()
t('Counter 200k words', lambda: rc.Counter(words).most_common(3), lambda: mc.Counter(words).most_common(3))
data = [{'id': i, 'name': 'item%d' % i, 'tags': ['a', 'b'], 'price': i * 1.5, 'ok': True} for i in range(20000)]
text = rj.dumps(data)
t('json.dumps 20k objs', lambda: rj.dumps(data), lambda: mj.dumps(data))
t('json.loads 20k objs', lambda: rj.loads(text), lambda: mj.loads(text))
t('json.dumps indent', lambda: rj.dumps(data[:5000], indent=2), lambda: mj.dumps(data[:5000], indent=2))
rows = [[str(i), 'name %d' % i, 'a,b', 'x"y'] for i in range(20000)]


def csv_round(m):
    f = io.StringIO()
    m.writer(f).writerows(rows)
    return list(m.reader(io.StringIO(f.getvalue())))


t('csv write+read 20k rows', lambda: csv_round(rcsv), lambda: csv_round(mcsv))


def heap(m):
    h = []
    for i in range(100000):
        m.heappush(h, (i * 7919) % 100003)
    return [m.heappop(h) for _ in range(100000)]


t('heapq 100k push/pop', lambda: heap(rh), lambda: heap(mh))
t('itertools product/perm', lambda: sum(1 for _ in ri.permutations(range(8))),
  lambda: sum(1 for _ in mi.permutations(range(8))))
