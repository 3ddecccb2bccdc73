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
---
result = ti.timeit('gc.isenabled()', number=2) >= 0, ti.timeit('sys', number=1) >= 0
---
t = ti.Timer('x = 1\ny = 2', setup='a = 1\nb = 2')
try:
    ti.Timer('a = 1\n1/0').timeit(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    result = tb.tb_lineno, tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name
---
import io, re, contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    r = ti.main(['-n', '3', '-r', '2', '-s', 'x=1', '-u', 'usec', 'x+1'])
result = r, re.sub(r'[0-9.e+-]+ usec', 'T usec', out.getvalue())
---
import io, re, contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    r = ti.main(['-v', '-v', '--number=2', '--repeat', '1', '-p', 'pass'])
result = r, re.sub(r'[0-9][0-9.e+-]* (n|u|m|)sec', 'T', out.getvalue())
---
import io, contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    r = ti.main(['-x'])
    r2 = ti.main(['-n'])
    r3 = ti.main(['--bogus', '1'])
result = r, r2, r3, out.getvalue()
---
import io, contextlib
err = io.StringIO()
with contextlib.redirect_stderr(err):
    r = ti.main(['-u', 'hours', 'pass'])
result = r, err.getvalue()
---
import io, contextlib
err = io.StringIO()
with contextlib.redirect_stderr(err):
    r = ti.main(['-n', '1', '1/0'])
result = r, err.getvalue().splitlines()[-1]
---
calls = []
t = ti.Timer('pass')
result = t.autorange(lambda n, s: calls.append(n))[0] == calls[-1], calls[:4]
'''
c.cases(CASES, {'ti': real}, {'ti': mine})
ok = c.report()
sys.exit(0 if ok else 1)
