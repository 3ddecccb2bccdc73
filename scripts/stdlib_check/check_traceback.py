#!/usr/bin/env python3
"""Compare src/stdlib/traceback with CPython's traceback."""
import io
import re
import sys
import traceback as real
from harness import load, Checker

mine = load('traceback')
c = Checker('traceback')


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v)).replace('py_traceback', 'traceback')


CASES = r'''
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError:
    result = tb.format_exc()
---
try:
    {}['missing']
except KeyError:
    buf = io.StringIO(); tb.print_exc(file=buf); result = buf.getvalue()
---
try:
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    result = ''.join(tb.format_exception(e))
---
try:
    try:
        [][1]
    except IndexError:
        undefined_name
except NameError as e:
    result = ''.join(tb.format_exception(type(e), e, e.__traceback__))
---
try:
    try:
        [][1]
    except IndexError:
        raise ValueError('x') from None
except ValueError as e:
    result = ''.join(tb.format_exception(e))
---
def g(n):
    if n == 0:
        raise ValueError('deep')
    g(n - 1)
try:
    g(3)
except ValueError as e:
    result = ''.join(tb.format_exception(e, limit=2)), ''.join(tb.format_exception(e, chain=False))
---
try:
    compile('x = (', '<src>', 'exec')
except SyntaxError as e:
    result = tb.format_exception_only(e), ''.join(tb.format_exception(e))
---
result = tb.format_exception_only(ValueError('v')), tb.format_exception_only(ValueError, ValueError('w')), tb.format_exception_only(KeyError())
---
result = tb.format_exc()
---
e = ValueError('notes'); e.add_note('a note')
result = tb.format_exception_only(e)
---
def f():
    raise OSError(2, 'No such file')
try:
    f()
except OSError as e:
    st = tb.extract_tb(e.__traceback__)
    result = [tuple(fs)[1:3] for fs in st], [fs.name for fs in st], len(tb.format_tb(e.__traceback__)), repr(st[0])[:20]
---
class MyErr(Exception):
    pass
try:
    raise MyErr('custom')
except MyErr:
    result = tb.format_exc().splitlines()[-1]
---
def inner():
    return tb.format_stack()
result = [line.split(',')[1:] for line in inner()[-2:]]
---
def inner():
    return tb.extract_stack()
result = [fs.name for fs in inner()][-2:]
---
result = tb.format_list([('f.py', 3, 'func', 'x = 1'), ('g.py', 4, 'h', '')])
---
try:
    raise ValueError('te')
except ValueError as e:
    te = tb.TracebackException.from_exception(e)
    result = ''.join(te.format()), list(te.format_exception_only()), str(te), te.exc_type.__name__
---
def rec(n):
    return rec(n + 1) if n < 10 else 1 / 0
try:
    rec(0)
except ZeroDivisionError as e:
    result = ''.join(tb.format_tb(e.__traceback__))
---
result = tb.format_exception(None, None, None)
'''
c.cases(CASES, {'tb': real, 'io': io}, {'tb': mine, 'io': io}, norm)
ok = c.report()
sys.exit(0 if ok else 1)
