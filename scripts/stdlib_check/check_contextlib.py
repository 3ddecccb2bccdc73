#!/usr/bin/env python3
"""Compare src/stdlib/contextlib with CPython's contextlib."""
import contextlib as real
import io
import re
import sys
from harness import load, Checker

mine = load('contextlib')
c = Checker('contextlib')
R = {'cl': real, 'io': io, 'sys': sys}
M = {'cl': mine, 'io': io, 'sys': sys}


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v))


CASES = r'''
log = []
@cl.contextmanager
def cm(x):
    log.append('enter')
    try:
        yield x
    finally:
        log.append('exit')
with cm(5) as v:
    log.append(v)
result = log
---
@cl.contextmanager
def cm():
    yield 1
with cm() as v:
    raise KeyError('k')
result = 1
---
@cl.contextmanager
def cm():
    try:
        yield 1
    except KeyError:
        pass
with cm() as v:
    raise KeyError('k')
result = 'suppressed'
---
@cl.contextmanager
def cm():
    try:
        yield 1
    except KeyError as e:
        raise ValueError('v') from e
try:
    with cm() as v:
        raise KeyError('k')
except ValueError as e:
    result = repr(e), repr(e.__cause__), repr(e.__context__)
---
@cl.contextmanager
def cm():
    return
    yield
with cm():
    pass
result = 1
---
@cl.contextmanager
def cm():
    yield 1
    yield 2
with cm():
    pass
result = 1
---
@cl.contextmanager
def cm():
    try:
        yield 1
    except KeyError:
        yield 2
with cm():
    raise KeyError
result = 1
---
@cl.contextmanager
def cm():
    yield 1
try:
    with cm():
        raise StopIteration('stop')
except StopIteration as e:
    result = 'StopIteration', e.args
---
@cl.contextmanager
def cm():
    yield 1
try:
    with cm():
        raise RuntimeError('rt')
except RuntimeError as e:
    result = 'RuntimeError', e.args
---
@cl.contextmanager
def cm():
    try:
        yield
    except StopIteration:
        raise RuntimeError('from gen')
try:
    with cm():
        raise StopIteration('stop')
except Exception as e:
    result = type(e).__name__, e.args
---
@cl.contextmanager
def cm():
    try:
        yield
    except StopIteration as s:
        return
with cm():
    raise StopIteration('stop')
result = 'suppressed'
---
@cl.contextmanager
def cm():
    yield
try:
    with cm():
        raise GeneratorExit
except GeneratorExit:
    result = 'GeneratorExit'
---
@cl.contextmanager
def cm():
    yield 1
calls = []
@cm()
def f(a):
    calls.append(a)
    return a * 2
result = f(2), f(3), calls, f.__name__
---
@cl.contextmanager
def cm():
    "Doc"
    yield 1
result = cm.__name__, cm.__doc__, cm().__doc__, type(cm()).__name__
---
with cl.suppress(KeyError, IndexError):
    {}[1]
result = 'ok'
---
with cl.suppress(KeyError):
    [][1]
---
with cl.suppress():
    [][1]
---
class T:
    closed = False
    def close(self): self.closed = True
t = T()
with cl.closing(t) as x:
    pass
result = x is t, t.closed
---
with cl.nullcontext(5) as x:
    result = x
---
with cl.nullcontext() as x:
    result = x
---
buf = io.StringIO()
with cl.redirect_stdout(buf) as b:
    print('hello')
result = buf.getvalue(), b is buf
---
buf = io.StringIO()
with cl.redirect_stderr(buf):
    print('err', file=sys.stderr)
result = buf.getvalue()
---
log = []
with cl.ExitStack() as st:
    st.callback(log.append, 1)
    st.callback(log.append, 2)
    st.enter_context(cl.nullcontext())
    log.append(0)
result = log
---
log = []
with cl.ExitStack() as st:
    st.callback(log.append, 1)
    st.push(lambda *e: log.append(e[0]) or True)
    raise KeyError
result = log
---
log = []
with cl.ExitStack() as st:
    st.enter_context(cl.suppress(KeyError))
    raise KeyError
result = 'suppressed'
---
with cl.ExitStack() as st:
    st.enter_context(1)
---
def boom(): raise ValueError('boom')
try:
    with cl.ExitStack() as st:
        st.callback(boom)
        raise KeyError('k')
except ValueError as e:
    result = repr(e), repr(e.__context__)
---
def boom1(): raise ValueError('1')
def boom2(): raise TypeError('2')
try:
    with cl.ExitStack() as st:
        st.callback(boom1)
        st.callback(boom2)
except ValueError as e:
    result = repr(e), repr(e.__context__), repr(e.__context__.__context__)
---
log = []
st = cl.ExitStack()
st.callback(log.append, 1)
st2 = st.pop_all()
st.close()
r1 = list(log)
st2.close()
result = r1, log
---
class CM(cl.ContextDecorator):
    def __enter__(self): log.append('in'); return self
    def __exit__(self, *a): log.append('out')
log = []
@CM()
def f(): log.append('body')
f()
result = log
---
class A(cl.AbstractContextManager):
    def __exit__(self, *a): return None
a = A()
with a as b:
    result = b is a
'''
c.cases(CASES, R, M, norm)

c.cases(r'''
result = isinstance(io.StringIO(), cl.AbstractContextManager), issubclass(int, cl.AbstractContextManager), isinstance(cl.ExitStack(), cl.AbstractContextManager)
---
class C:
    __enter__ = None
    def __exit__(self, *a): pass
result = issubclass(C, cl.AbstractContextManager)
---
class Half(cl.AbstractContextManager): pass
Half()
---
class Full(cl.AbstractContextManager):
    def __exit__(self, *a): return None
f = Full()
with f as got:
    pass
result = got is f, cl.AbstractContextManager[int].__args__, cl.AbstractContextManager[int].__origin__ is cl.AbstractContextManager
---
@cl.contextmanager
def g():
    yield 1
    yield 2
with g():
    pass
---
@cl.contextmanager
def g():
    return
    yield
with g():
    pass
---
@cl.contextmanager
def g():
    try:
        yield
    except ValueError:
        yield
with g():
    raise ValueError('x')
---
@cl.contextmanager
def g():
    yield
with g():
    raise StopIteration('s')
---
@cl.contextmanager
def g():
    try:
        yield
    except KeyError as e:
        raise TypeError('converted') from e
try:
    with g():
        raise KeyError('k')
except TypeError as e:
    result = repr(e), repr(e.__cause__), repr(e.__context__)
---
@cl.contextmanager
def g():
    try:
        yield
    except ZeroDivisionError:
        pass
with g():
    1 / 0
result = 'swallowed'
---
@cl.contextmanager
def g():
    "gdoc"
    yield
def h():
    yield
result = g().__doc__, cl.contextmanager(h)().__doc__, g.__name__, g.__wrapped__.__name__, type(g()).__name__
---
@cl.contextmanager
def g(log):
    log.append('in')
    yield
    log.append('out')
log = []
@g(log)
def f(a, b=2):
    "fdoc"
    log.append(a + b)
    return a
result = f(1), f(3, 4), log, f.__name__, f.__doc__
---
with cl.ExitStack() as s:
    s.callback(print, 'cb')
    s.enter_context(cl.nullcontext())
    s.enter_context(object())
---
log = []
with cl.ExitStack() as s:
    s.push(lambda *e: log.append(('push', e[0])))
    x = s.callback(log.append, 'cb')
    s2 = s.pop_all()
result = log, x is log.append, type(s2).__name__
s2.close()
result = log, s.__exit__(None, None, None)
---
def boom(msg):
    raise ValueError(msg)
try:
    with cl.ExitStack() as s:
        s.callback(boom, 'first')
        s.callback(boom, 'second')
        raise KeyError('body')
except ValueError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x)); x = x.__context__
    result = chain
---
with cl.ExitStack() as s:
    s.push(lambda *e: True)
    s.callback(lambda: 1 / 0)
result = 'suppressed'
---
with cl.suppress(KeyError, IndexError):
    [][1]
with cl.suppress():
    pass
result = cl.suppress(ValueError).__exit__(None, None, None)
---
with cl.suppress(KeyError):
    1 / 0
---
buf = io.StringIO()
with cl.redirect_stdout(buf) as t:
    print('hi')
    with cl.redirect_stdout(io.StringIO()):
        print('inner')
    print('again')
result = buf.getvalue(), t is buf
---
class Thing:
    closed = False
    def close(self): self.closed = True
with cl.closing(Thing()) as t:
    pass
result = t.closed, cl.nullcontext(5).__enter__()
''', R, M, norm)
ok = c.report()
sys.exit(0 if ok else 1)
