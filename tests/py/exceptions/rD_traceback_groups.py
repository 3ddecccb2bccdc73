# traceback module: exception groups (nesting, width/depth limits, chains
# inside groups), notes, chain=False, limit, SyntaxError layout, the
# TracebackException model and frame-level helpers.
import io
import sys
import traceback


def raised(exc):
    try:
        raise exc
    except BaseException as caught:
        return caught


def show(exc, **kw):
    te = traceback.TracebackException.from_exception(exc, **kw)
    print(''.join(te.format()), end='-----\n')


EG = ExceptionGroup
show(EG('flat', [ValueError(1), TypeError(2)]))
inner = raised(EG('inner', [raised(ValueError(1)), TypeError(2)]))
sub = raised(OSError('sub'))
sub.__context__ = raised(KeyError('ctx'))
caused = OSError('cause')
caused.__cause__ = raised(ZeroDivisionError('z'))
outer = raised(EG('outer', [inner, sub, caused]))
outer.__cause__ = raised(NameError('n'))
show(outer)
print(''.join(traceback.format_exception(outer, chain=False)), end='-----\n')
print(''.join(traceback.format_exception(outer, limit=0)), end='-----\n')
show(EG('wide', [ValueError(i) for i in range(17)]))
show(EG('w', [ValueError(i) for i in range(3)]), max_group_width=2)
show(EG('w', [ValueError(i) for i in range(4)]), max_group_width=2)
deep = ValueError('leaf')
for i in range(12):
    deep = EG('d%d' % i, [deep])
show(deep)
show(EG('w', [EG('x', [ValueError(1)])]), max_group_depth=1)
show(EG('o', [ValueError(), EG('i', [TypeError()])]))
ctx_group = EG('ctxg', [KeyError(1)])
v = ValueError('v')
v.__context__ = ctx_group
show(EG('top', [v]))
show(v)

# Notes: sequences of notes (strings split on newlines), odd __notes__.
n = ValueError('notes')
n.add_note('first')
n.add_note('two\nlines')
print(traceback.format_exception_only(n))
n.__notes__ = 'abc'
print(traceback.format_exception_only(n))
n.__notes__ = 42
print(traceback.format_exception_only(n))


class BadStr:
    def __str__(self):
        raise RuntimeError


n.__notes__ = [BadStr()]
print(traceback.format_exception_only(n))
print(traceback.format_exception_only(ValueError(BadStr())))
print(traceback.format_exception_only(None), traceback.format_exception(None))
print(traceback.format_exception_only(KeyError, KeyError()))


class Local(Exception):
    pass


print(traceback.format_exception_only(Local('here')))
Local.__module__ = 'some.where'
print(traceback.format_exception_only(Local('there')))

# SyntaxError layouts.
for src in ('x = (1,\n', 'a b c', '  if True\n', 'f(**)'):
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(e)), end='')
se = SyntaxError('custom', ('file.py', 3, 5, '   some text here\n', 3, 9))
print(traceback.format_exception_only(se))
se = SyntaxError('bare')
print(traceback.format_exception_only(se))
se = SyntaxError('nofile', (None, None, None, None))
print(traceback.format_exception_only(se))
te = traceback.TracebackException.from_exception(
    SyntaxError('m', ('f.py', 7, 2, 'txt', 7, 3)))
print(te.filename, repr(te.lineno), repr(te.end_lineno), te.text, te.offset, te.end_offset, te.msg)

# Argument forms.
try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError:', e)
try:
    traceback.format_exception('nope')
except TypeError as e:
    print('TypeError:', e)
try:
    traceback.print_last()
except ValueError as e:
    print('ValueError:', e)


def fail(depth):
    if depth == 0:
        return {}['key']
    return fail(depth - 1)


try:
    fail(6)
except KeyError as e:
    err = e
buf = io.StringIO()
traceback.print_exception(err, file=buf)
print(buf.getvalue(), end='-----\n')
print(''.join(traceback.format_exception(type(err), err, err.__traceback__, limit=2)), end='-----\n')
print(''.join(traceback.format_exception(err, limit=-2)), end='-----\n')
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__, te.__context__,
      te.__suppress_context__, te.exceptions)
print(te == traceback.TracebackException.from_exception(err))
print([fs.name for fs in traceback.extract_tb(err.__traceback__)])
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(err.__traceback__)][:3])
print(len(traceback.format_tb(err.__traceback__, limit=3)))

# Frame summaries and repeated-frame collapsing.
fs = traceback.FrameSummary('f.py', 3, 'func', line='  x = 1  ')
print(fs, fs.line, list(fs), len(fs), fs[2], fs == ('f.py', 3, 'func', 'x = 1'))
print(fs == traceback.FrameSummary('f.py', 3, 'func', line='other'))
rows = [('a.py', 1, 'f', 'call()')] * 7 + [('b.py', 2, 'g', 'pass')]
print(''.join(traceback.format_list(rows)), end='-----\n')
rows = [('a.py', 1, 'f', 'call()')] * 4
print(''.join(traceback.StackSummary.from_list(rows).format()), end='-----\n')
buf = io.StringIO()
traceback.print_list([('c.py', 9, 'h', None)], file=buf)
print(repr(buf.getvalue()))
fs = traceback.FrameSummary('nofile.py', 5, 'x', locals={'a': 1, 'b': 'two'})
print(fs.locals)
print(''.join(traceback.StackSummary.from_list([fs]).format()), end='-----\n')


def here():
    return traceback.extract_stack(limit=2)


print([(f.name, f.line) for f in here()])
print(traceback.format_stack(limit=1))
buf = io.StringIO()
traceback.print_stack(limit=1, file=buf)
print(buf.getvalue(), end='')
print(next(traceback.walk_stack(sys._getframe()))[0].f_code.co_name)
try:
    raise raised(ValueError('again')) from None
except ValueError:
    print(traceback.format_exc(), end='-----\n')
    print(traceback.format_exc(chain=False), end='-----\n')
    buf = io.StringIO()
    traceback.print_exc(limit=0, file=buf)
    print(buf.getvalue(), end='-----\n')
