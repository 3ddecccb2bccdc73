#!/usr/bin/env python3
"""Compare src/stdlib/timeit with CPython's timeit (behaviour, not timings)."""
import sys
import timeit as real
from harness import load, Checker

mine = load('timeit')
c = Checker('timeit')
CASES = r'''
t = ti.Timer('x = 1', setup='y = 2'); result = t.timeit(10) >= 0, len(t.repeat(3, 5)), t.autorange()[0] > 0
---
ti.Timer(1)
---
ti.Timer('pass', setup=1)
---
ti.Timer('return')
---
ti.Timer('x = (')
---
result = ti.timeit(lambda: None, number=3) >= 0, len(ti.repeat('1', number=5, repeat=3))
---
ti.Timer('undefined_name').timeit(1)
---
ti.Timer('1/0').timeit(1)
---
calls = []
ti.Timer(lambda: calls.append(1), setup=lambda: calls.append('s')).timeit(3)
result = calls
---
g = {'v': 5}
result = ti.timeit('v * 2', globals=g, number=2) >= 0
---
ti.timeit('v', number=1)
---
result = ti.default_timer is __import__('time').perf_counter, ti.default_number, ti.default_repeat
'''
c.cases(CASES, {'ti': real}, {'ti': mine})
ok = c.report()
sys.exit(0 if ok else 1)
