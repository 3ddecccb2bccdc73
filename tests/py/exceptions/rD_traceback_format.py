# traceback.format_exc on common failures: caret lines (binary ops,
# subscripts, multi-line, non-ASCII, tabs), recursion collapsing, chains,
# SyntaxErrors from exec/compile, groups.
import traceback, sys

def check(fn):
    try:
        fn()
    except BaseException:
        print(traceback.format_exc(), end='=====\n')

def rec(n): return rec(n + 1)
check(lambda: rec(0))
def multi():
    return (1 +
            2 / 0)
check(multi)
def uni():
    s = 'héllo wörld'; return s['x'] + 'ü'
check(uni)
def attr():
    x = None
    return x.foo.bar
check(attr)
def call():
    d = {'a': [1, 2]}
    return d['a'][5]
check(call)
def binop():
    a = 1; b = 'x'
    return a  +   b
check(binop)
def nested():
    return [i / 0 for i in range(3)]
check(nested)
def gen():
    yield from (1 / 0 for _ in 'a')
check(lambda: list(gen()))
def chain():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('v') from e
check(chain)
def ctx():
    try:
        1 / 0
    finally:
        None.x
check(ctx)
check(lambda: int('zz'))
check(lambda: exec('1 +* 2'))
check(lambda: compile('def f(:\n pass', 'mod.py', 'exec'))
check(lambda: eval('(1,\n 2 / 0)'))
def tab():
	return 1/0
check(tab)
class E(Exception):
    def __str__(self): return ''
def empty_str():
    raise E()
check(empty_str)
def groups():
    raise ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [TypeError(2)])])
check(groups)
check(lambda: sorted([1, 'a']))
print(traceback.format_exception_only(*sys.exc_info()[:2]) if sys.exc_info()[0] else 'noexc')
