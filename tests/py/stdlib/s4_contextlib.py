# contextlib: contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout, ContextDecorator
import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout, redirect_stderr

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('body', v)
with tag('b'):
    raise KeyError('k')
print('after b')
try:
    with tag('c'):
        raise ValueError('not handled')
except ValueError as e:
    print('propagated', e)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass
with swallow():
    raise ZeroDivisionError
print('swallowed')
@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e
try:
    with reraise_other():
        raise ValueError('orig')
except TypeError as e:
    print('TypeError', e, 'cause:', repr(e.__cause__))

@tag('deco')
def decorated():
    print('inside decorated')
decorated(); decorated()

with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed ZeroDivisionError')
with suppress():
    pass

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closing', self.n)
with closing(Res(1)) as r:
    print('using', r.n)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    rs = [stack.enter_context(closing(Res(i))) for i in (10, 11)]
    print('stack body', [r.n for r in rs])
with ExitStack() as stack:
    stack.push(lambda *exc: print('exit seen', exc[0].__name__) or True)
    raise RuntimeError('swallowed by stack')
print('after stack')
with ExitStack() as outer:
    outer.callback(print, 'moved')
    later = outer.pop_all()
print('outer closed, later pending')
later.close()
def bad_cb():
    raise KeyError('from callback')
try:
    with ExitStack() as s:
        s.callback(bad_cb)
        raise ValueError('body')
except KeyError as e:
    print('KeyError', e, 'context', repr(e.__context__))
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError:', e)

with nullcontext(5) as n:
    print('nullcontext', n)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured')
    help_text = 'x'
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0])
        return False
@Timer()
def work(x):
    return x * 2
print(work(21))
class ACM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with ACM() as a:
    print(type(a).__name__)
print(issubclass(Res, contextlib.AbstractContextManager), issubclass(ACM, contextlib.AbstractContextManager))
gen_cm = tag('x')
print(type(gen_cm).__name__)
with gen_cm:
    pass
try:
    with gen_cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
