#!/usr/bin/env python3
"""Compare keyword, string, heapq, bisect, types, abc and textwrap with CPython's."""
import abc as real_abc
import bisect as real_bisect
import heapq as real_heapq
import keyword as real_keyword
import random
import re
import string as real_string
import sys
import textwrap as real_textwrap
import types as real_types
from harness import load, Checker

c = Checker('small modules')


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v))


def pair(name, real):
    return {'m': real}, {'m': load(name)}


# keyword
R, M = pair('keyword', real_keyword)
c.cases(r'''
m.kwlist
---
m.softkwlist
---
[m.iskeyword(w) for w in ('if', 'match', 'foo', 'None', '_')]
---
[m.issoftkeyword(w) for w in ('if', 'match', 'case', '_', 'x')]
''', R, M)

# string
R, M = pair('string', real_string)
c.cases(r'''
[m.ascii_letters, m.ascii_lowercase, m.ascii_uppercase, m.digits, m.hexdigits, m.octdigits, m.punctuation, m.printable, m.whitespace]
---
[m.capwords(' hello   world  '), m.capwords('a-b c-d', '-'), m.capwords("it's OK")]
---
m.Template('$x $$ ${y}z').substitute(x=1, y=2)
---
m.Template('$x $$ ${y}z').safe_substitute(x=1)
---
m.Template('$x').substitute({'x': 1}, x=2)
---
m.Template('$x $y').substitute({'x': 1}, y=2)
---
m.Template('$').substitute()
---
m.Template('ab\ncd $').substitute()
---
m.Template('$1').substitute()
---
m.Template('a ${x').substitute(x=1)
---
m.Template('a ${x').safe_substitute(x=1)
---
m.Template('$x $z').substitute(x=1)
---
m.Template('$x $z $$ $').safe_substitute(x=1)
---
m.Template('$x_1 $X ${_a}').substitute(x_1='a', X='b', _a='c')
---
m.Template('$x ${y} $x').get_identifiers()
---
[m.Template('$x').is_valid(), m.Template('$').is_valid()]
---
class T(m.Template):
    delimiter = '%'
result = T('%x %% %{y}').substitute(x=1, y=2)
---
f = m.Formatter()
result = [f.format('{} {}', 1, 2), f.format('{0}{1}{0}', 'a', 'b'), f.format('{x!r:>5}', x='a'), f.format('{{}} {0[1]} {0.real}', [1, 2]), f.format('{:{}}', 'a', 4), f.format('{a.b[0]}', a=m)]
---
m.Formatter().format('{} {0}', 1)
---
m.Formatter().format('{')
---
m.Formatter().format('}')
---
list(m.Formatter().parse('a{0!r:x}b{{c}}d{}'))
---
F = m.Formatter()
out = []
for fs, a in [('{.real}', (3,)), ('{[0]}', ([5],)), ('{0.real}{}', (3,)), ('{}{0[0]}', ([1],)), ('{0[0]}{}', ([1],)), ('{:{}}', (3, 5)), ('{0:{1}}{}', (3, 5)), ('{!r:>{}}', ('a', 6)), ('{a}{}', (1,)), ('{!x}', (1,)), ('{:{:{:{}}}}', (1, 2, 3, 4)), ('{0!a}{0!s}', ('\xe9',)), ('{a.b}', ())]:
    try:
        out.append(F.format(fs, *a, a=9))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
result = out
---
class F(m.Formatter):
    def get_value(self, key, args, kwargs):
        return ('got', key)
    def check_unused_args(self, used, args, kwargs):
        self.used = sorted(map(str, used))
f = F()
result = f.format('{x}{0}{y[1]}'), f.used
---
result = m.capwords(' hello   wORLD  '), m.capwords('a-b-c', '-'), m.capwords('x y', None), m.capwords('')
---
t = m.Template('$who likes ${what} $$ $')
result = t.safe_substitute(who='tim'), t.safe_substitute({'who': 1, 'what': 2}, what=3), t.is_valid(), m.Template('$a $b ${a}').get_identifiers()
---
m.Template('x\n  $ y').substitute()
''', R, M)

# heapq
R, M = pair('heapq', real_heapq)
c.cases(r'''
h = []
for x in [5, 1, 4, 1, 3, 9, 2]: m.heappush(h, x)
result = h, [m.heappop(h) for _ in range(7)]
---
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]; m.heapify(h)
result = h
---
h = [1, 3, 5]; result = m.heapreplace(h, 4), h, m.heappushpop(h, 0), m.heappushpop(h, 10), h
---
m.heappop([])
---
m.heapreplace([], 1)
---
m.heappush((), 1)
---
list(m.merge([1, 4, 7], [2, 5, 8], [3, 6, 9]))
---
list(m.merge([7, 4, 1], [8, 5, 2], reverse=True))
---
list(m.merge(['a', 'bb'], ['c', 'dd'], key=len))
---
list(m.merge())
---
[m.nlargest(3, [1, 5, 2, 8, 3]), m.nsmallest(2, [1, 5, 2, 8, 3]), m.nlargest(2, ['a', 'bb', 'c'], key=len), m.nsmallest(0, [1])]
---
[m.nsmallest(3, [(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0]), m.nlargest(3, [(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0])]
''', R, M)
rng = random.Random(1)
mh = load('heapq')
for trial in range(100):
    data = [rng.randrange(50) for _ in range(rng.randrange(30))]
    a, b = list(data), list(data)
    real_heapq.heapify(a)
    mh.heapify(b)
    out_a = [real_heapq.heappop(a) for _ in range(len(a))]
    out_b = [mh.heappop(b) for _ in range(len(b))]
    c.check('heap random %d' % trial, lambda: out_a == out_b == sorted(data))
    a, b = list(data), list(data)
    real_heapq.heapify(a)
    mh.heapify(b)
    c.check('heapify layout %d' % trial, lambda: a == b)
    ha, hb = [], []
    for x in data:
        real_heapq.heappush(ha, x)
        mh.heappush(hb, x)
    c.check('heappush layout %d' % trial, lambda: ha == hb)
    if data:
        ra = [real_heapq.heapreplace(ha, x) for x in data[::-1]]
        rb = [mh.heapreplace(hb, x) for x in data[::-1]]
        c.check('heapreplace %d' % trial, lambda: ra == rb and ha == hb)
        a, b = list(data), list(data)
        real_heapq._heapify_max(a)
        mh._heapify_max(b)
        c.check('heapify_max %d' % trial, lambda: a == b and real_heapq._heappop_max(a) == mh._heappop_max(b) and a == b)
    srcs = [sorted(rng.randrange(9) for _ in range(rng.randrange(6))) for _ in range(rng.randrange(5))]
    tagged = [[(v, i) for v in s] for i, s in enumerate(srcs)]
    c.check('merge stable %d' % trial, lambda: list(real_heapq.merge(*tagged, key=lambda t: t[0]))
            == list(mh.merge(*tagged, key=lambda t: t[0])))
    rtagged = [t[::-1] for t in tagged]
    c.check('merge reverse %d' % trial, lambda: list(real_heapq.merge(*rtagged, key=lambda t: t[0], reverse=True))
            == list(mh.merge(*rtagged, key=lambda t: t[0], reverse=True)))
c.cases(r'''
m.heapify(None)
---
m.heappop(())
---
m.heappushpop((), 1)
---
m.heapreplace((), 1)
---
result = m.heappushpop([], 3), m.heappushpop([5], 3)
---
result = list(m.merge([1, 3], [2, 4], key=lambda x: -x, reverse=True))
''', *pair('heapq', real_heapq))

# bisect
R, M = pair('bisect', real_bisect)
c.cases(r'''
a = [1, 2, 2, 2, 3, 5]
result = [(m.bisect_left(a, x), m.bisect_right(a, x), m.bisect(a, x)) for x in range(7)]
---
a = [1, 2, 2, 3]; result = m.bisect_left(a, 2, 2), m.bisect_right(a, 2, 0, 2)
---
m.bisect([], 1, -1)
---
result = m.bisect([1, 2, 3], 2, 0, -1), m.bisect([1, 2, 3], 2, 0, -5), m.bisect_left([1, 2, 3], 2, hi=None)
---
m.bisect([1, 2], 1, hi=10)
---
m.bisect(5, 1)
---
m.bisect([1], 1, 'a')
---
m.bisect([1, 2], 1, lo=None)
---
m.insort((1,), 1)
---
a = [1, 2, 3, 4]; m.insort_left(a, 2, 1, 3); m.insort_right(a, 3, hi=-1); result = a
---
a = [(1, 'a'), (3, 'b')]; result = m.bisect_left(a, 2, key=lambda t: t[0])
---
a = [1, 3]; m.insort(a, 2); m.insort_left(a, 3); m.insort_right(a, 0)
result = a
---
a = [(1, 'a'), (3, 'b')]; m.insort(a, (2, 'z'), key=lambda t: t[0])
result = a
''', R, M)

# types
R, M = pair('types', real_types)
c.cases(r'''
m.SimpleNamespace(a=1, b='x')
---
m.SimpleNamespace()
---
m.SimpleNamespace(1)
---
n = m.SimpleNamespace(); n.n = n
result = repr(n)
---
class S(m.SimpleNamespace): pass
result = repr(S(a=1))
---
[m.SimpleNamespace(a=1) == m.SimpleNamespace(a=1), m.SimpleNamespace(a=1) == m.SimpleNamespace(a=2), m.SimpleNamespace(a=1) != 1]
---
n = m.SimpleNamespace(a=1); n.b = 2; del n.a
result = vars(n)
---
[m.FunctionType is type(len) , m.FunctionType.__name__, m.LambdaType.__name__, m.MethodType.__name__, m.BuiltinFunctionType.__name__, m.ModuleType.__name__, m.GeneratorType.__name__, m.CodeType.__name__, m.MappingProxyType.__name__, m.NoneType.__name__, m.CellType.__name__, m.TracebackType.__name__, m.FrameType.__name__, m.GenericAlias.__name__, m.UnionType.__name__, m.CoroutineType.__name__, m.AsyncGeneratorType.__name__, m.WrapperDescriptorType.__name__, m.MethodWrapperType.__name__, m.MethodDescriptorType.__name__, m.ClassMethodDescriptorType.__name__, m.GetSetDescriptorType.__name__, m.MemberDescriptorType.__name__, m.EllipsisType.__name__, m.NotImplementedType.__name__, m.BuiltinMethodType.__name__]
---
C = m.new_class('C', (int,), exec_body=lambda ns: ns.update(x=1))
result = C.__name__, C.x, C.__bases__, C(3)
---
isinstance(m.SimpleNamespace(), object) and m.ModuleType('foo').__name__
''', R, M, norm)

# abc
R, M = pair('abc', real_abc)
c.cases(r'''
class A(m.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
issubclass(int, A)
---
class B(m.ABC): pass
t = m.get_cache_token()
B.register(int)
result = m.get_cache_token() != t, issubclass(int, B), isinstance(3, B), issubclass(bool, B), B.register(bool)
---
class B(m.ABC): pass
class C(B): pass
class D: pass
B.register(D)
class E(D): pass
result = issubclass(C, B), issubclass(E, B), isinstance(E(), B), issubclass(B, C), issubclass(float, B)
---
class B(m.ABC): pass
B.register(1)
---
class B(m.ABC): pass
issubclass(1, B)
---
class B(m.ABC): pass
class C(B): pass
C.register(B)
---
class B(m.ABC):
    @m.abstractmethod
    def f(self): pass
class C(B): pass
C.f = lambda self: 1
m.update_abstractmethods(C)
result = sorted(C.__abstractmethods__), C().f(), m.update_abstractmethods(int) is int
---
class B(m.ABC):
    @m.abstractclassmethod
    def f(cls): pass
    @m.abstractstaticmethod
    def g(): pass
    @m.abstractproperty
    def h(self): pass
result = sorted(B.__abstractmethods__), B.__dict__['f'].__func__.__isabstractmethod__
---
class P:
    def __init__(self): self.__class__ = int
class B(m.ABC): pass
B.register(int)
result = isinstance(P(), B)
---
class A(m.ABC):
    @m.abstractmethod
    def m(self): pass
    @m.abstractmethod
    def b(self): pass
A()
---
class A(m.ABC):
    @m.abstractmethod
    def m(self): pass
A()
---
class A(m.ABC):
    @m.abstractmethod
    def m(self): pass
class B(A):
    def m(self): return 1
result = B().m(), sorted(A.__abstractmethods__), B.__abstractmethods__, isinstance(B(), A)
---
class A(m.ABC):
    @m.abstractmethod
    def m(self): pass
class B(A): pass
B()
---
class A(m.ABC):
    @property
    @m.abstractmethod
    def p(self): pass
    @classmethod
    @m.abstractmethod
    def c(cls): pass
result = sorted(A.__abstractmethods__)
---
class A(metaclass=m.ABCMeta): pass
A.register(int)
result = isinstance(1, A), issubclass(bool, A), issubclass(str, A), isinstance('', A)
---
class A(m.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class D:
    quack = 1
result = isinstance(D(), A), issubclass(int, A)
---
result = type(m.ABC).__name__, repr(m.ABC), repr(m.ABCMeta), m.ABC.__module__
---
class A(m.ABC):
    pass
result = A(), type(A)
---
issubclass(1, m.ABC)
---
class A(m.ABC): pass
A.register(1)
''', R, M, norm)

# textwrap
R, M = pair('textwrap', real_textwrap)
sample = ("The quick brown fox jumps over the lazy dog. Well-known e-mail-address "
          "self-esteem-driven foo--bar x-ray hello,world!  Extra   spaces\there\nand "
          "newlines. Supercalifragilisticexpialidocious-antidisestablishmentarianism ok.")
cases = []
for width in (1, 5, 10, 12, 20, 33, 70):
    cases.append('m.wrap(S, %d)' % width)
    cases.append('m.fill(S, %d, initial_indent="* ", subsequent_indent="  ")' % width if width > 3 else 'm.fill(S, %d)' % width)
    cases.append('m.wrap(S, %d, break_on_hyphens=False)' % width)
    cases.append('m.wrap(S, %d, break_long_words=False)' % width)
    cases.append('m.wrap(S, %d, drop_whitespace=False)' % width)
    cases.append('m.wrap(S, %d, fix_sentence_endings=True)' % width)
    cases.append('m.wrap(S, %d, max_lines=2)' % width if width > 6 else 'm.wrap(S, %d, max_lines=3, placeholder="~")' % width)
    cases.append('m.wrap(S, %d, replace_whitespace=False, expand_tabs=False)' % width)
    cases.append('m.shorten(S, %d)' % width)
for t in ['well-known', 'a-b', '1-2', 'foo--bar', '--foo', 'foo-', 'e-mail-address', 'a---b', 'ab--', 'ab-cd-', 'o-o-o', "don't-stop", 'ab_c-d']:
    cases.append('m.TextWrapper(width=1)._split(%r)' % t)
cases += [
    'm.dedent("  a\\n    b\\n  c")',
    'm.dedent("\\ta\\n\\t  b\\n  \\n")',
    'm.dedent("  a\\n\\tb")',
    'm.dedent("a\\n  b")',
    'm.dedent("   \\n  x\\n   y\\n")',
    'm.indent("a\\n\\nb\\n", "> ")',
    'm.indent("a\\n  \\nb", "+", lambda l: True)',
    'm.wrap("", 10)',
    'm.wrap("   ", 10)',
    'm.wrap("a", 0)',
    'm.wrap("hello world", 5, max_lines=1, placeholder="...........")',
    'm.shorten("Hello  world!", width=12)',
    'm.shorten("Hello  world!", width=11)',
    'm.shorten("Hello world!", width=10, placeholder="...")',
    'm.fill("Hello there.  How are you? Fine.", 70, fix_sentence_endings=True)',
    'm.wrap("a\\tb\\tc", 80, tabsize=4)',
    'm.wrap(S, 25, max_lines=3, initial_indent="-> ", subsequent_indent="   ", placeholder=" (more)")',
    'm.wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder=" [..]")',
    'm.wrap("aaaaaaaaaaaaaaaa bb", 9, max_lines=1, placeholder="..")',
    'm.wrap("ab cd   ", 5, max_lines=1, drop_whitespace=False)',
    'm.wrap("x", 3, max_lines=1, initial_indent="abc")',
    'm.wrap("one two three four", 8, max_lines=2, initial_indent="*", subsequent_indent="++")',
    'm.shorten("a\\u2003b  c", 10), m.dedent("  a\\r\\n  b"), m.dedent("\\t\\ta\\n\\t b")',
    'm.indent("x\\r\\ny\\n\\nz", "# ")',
    'm.fill("Is it \'over.\' Then \\"stop!\\" now?  Yes. A. b.", 80, fix_sentence_endings=True)',
    'm.wrap("a-b-c-d-e-f-g-h-i-j-k", 4), m.wrap("---------------a", 4), m.wrap("aa-----------bb", 5)',
    'type("W", (m.TextWrapper,), {"_split": lambda self, t: t.split("/")})(width=6).wrap("ab/cd/ef/gh")',
    'sorted(vars(m.TextWrapper()).items())',
]
c.cases('\n---\n'.join(cases), dict(R, S=sample), dict(M, S=sample))
rng = random.Random(7)
words = ['a', 'bb', 'ccc', 'well-known', 'x', 'foo--bar', 'hyphen-ated-word', 'Mr.', 'end.', 'q?', '  ', '\t', 'longlonglonglongword', '-', '--', 'a-b-c-d']
mt = load('textwrap')
for trial in range(300):
    text = ' '.join(rng.choice(words) for _ in range(rng.randrange(1, 25)))
    width = rng.randrange(1, 30)
    kw = dict(break_on_hyphens=rng.random() < 0.7, break_long_words=rng.random() < 0.7,
              drop_whitespace=rng.random() < 0.7, fix_sentence_endings=rng.random() < 0.3)
    if rng.random() < 0.3 and width > 8:
        kw['max_lines'] = rng.randrange(1, 4)
    c.same('wrap %r %d %r' % (text, width, kw), lambda: real_textwrap.wrap(text, width, **kw),
           lambda: mt.wrap(text, width, **kw))

ok = c.report()
sys.exit(0 if ok else 1)
