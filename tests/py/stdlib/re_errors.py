# re: compile errors (re.error message, pos, lineno/colno), OverflowError,
# ValueError flag conflicts and argument type errors, as CPython 3.11 reports them.
import re

bad = ['(', ')', 'a)', '(a', '((a)', '*', '+a', '?', 'a**', 'a*?*', 'a|*', '(*)', '^*', '\\b+', '[a', '[', '[]', '[^]', '[a-', '[a-]x',
       r'\q', r'\u12', r'\x4', r'\xg', r'\U0011ffff', r'\777', r'[\777]', r'\8', r'[\8]', r'[\q]', r'\N', '[z-a]', r'[\d-z]', r'[a-\d]',
       'a{3,2}', 'a{4294967296}', 'a{1,4294967296}', '(?P<1>a)', '(?P<a b>x)', '(?P<>x)', '(?P<a', '(?Px)', '(?P=x)', '(?P<a>x)(?P=b)',
       '(?P<a>(?P=a))', '(?P<a>x)(?P<a>y)', r'(a)\2', r'\1(a)', r'(a\1)', '(?<=a+)b', '(?<=a|bc)d', '(?<!a*)b', r'(a)(?<=\1)', 'x(?i)y',
       '(?i', '(?z)', '(?i-z:a)', '(?-i)', '(?i-i:a)', '(?a-a:x)', '(?L)x', '(?au)x', '(?u:a)', '(?x', '(?#unterminated', '(?', '(?<x)', '(?<',
       '(?P', '(?(1)a|b|c)', '(?(0)a)', '(?(x)a)', '(?(1a)b)', '(?(2)a)(b)', '(?(-1)a)', '\\', 'ab\\', '(?=a', '(?!', 'a\n(b',
       '(?x)a #c\n(', 'abc\n\ndef)', '(?i)(?m)x', 'a(?i)', '(?:', '(?>a', '(?-)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '| error |', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), '|', type(e).__name__, '|', e)
for p in [rb'\u1234', rb'(?u)x', rb'[\xff-\x00]', rb'\q']:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '| error |', e, '|', e.pos)
for args in [('a', re.LOCALE), ('a', re.ASCII | re.UNICODE), (b'a', re.UNICODE), (b'a', re.ASCII | re.LOCALE)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print(args, 'ValueError', e)
for f in [lambda: re.compile(1), lambda: re.match('a', 1), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
          lambda: re.compile(re.compile('a'), re.I), lambda: re.compile('a').match('a', 'x'), lambda: re.findall(b'a', 'a')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
e = re.error('plain')
print(e, e.pattern, e.pos, e.lineno, issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
try:
    re.compile('(')
except Exception as exc:
    print(type(exc), isinstance(exc, re.error))
# FutureWarnings for syntax that may become set operations
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for p in ['[[a]', '[a--]', '[a&&b]', '[a||b]', '[a~~b]', '[a-]', '[^[]']:
        try:
            re.compile(p)
        except re.error as e:
            print(repr(p), e)
    print([(str(x.message), x.category.__name__, x.lineno) for x in caught])
