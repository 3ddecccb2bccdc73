# re: flags — RegexFlag values and reprs, inline and scoped flags, VERBOSE,
# ASCII vs Unicode, IGNORECASE details, Pattern reprs, the cache and purge.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, repr(re.IGNORECASE))
print(re.I | re.M, repr(re.I | re.M | re.S), int(re.I | re.M), re.I == 2, re.IGNORECASE is re.I, type(re.I).__name__)
print(re.VERBOSE.value, re.ASCII.name, re.UNICODE.value, isinstance(re.I, int), re.RegexFlag.DOTALL)
for pat, fl in [('a+', 0), ('a+', re.I), ('a+', re.I | re.M), ('a', re.S | re.X | re.A), (b'a', re.I), ('a', re.U),
                ('(?i)a', 0), ('(?s)(?m)a', 0), ("it's", 0), ('x' * 300, 0), ('a', re.DEBUG * 0 + re.T * 0 + 1024)]:
    print(repr(re.compile(pat, fl)), re.compile(pat, fl).flags)
print(re.compile('(?x)a').flags, re.compile('(?a)a').flags, re.compile(b'(?i)a').flags, re.compile('(?-i:a)').flags)
# inline and scoped flags
print(re.findall(r'(?i)ab', 'AB ab Ab'), re.findall(r'a(?i:b)c', 'aBc ABC abC'), re.findall(r'(?i)a(?-i:b)', 'AB Ab ab'))
print(re.findall(r'(?s:.)x', '\nx'), re.findall(r'.x', '\nx'), re.findall(r'(?m:^a)', 'b\na'), re.findall(r'(?i)[^a]', 'Ab'))
print(re.findall(r'(?a:\w+)', 'héllo'), re.findall(r'(?u:\w+)', 'héllo', re.A) if False else None)
print(re.search(r'(?x) a b c  # spaces ignored \n d', 'abcd'), re.search(r'(?x)a\ b', 'a b'), re.search(r'(?x)[ ]x', ' x'))
print(re.search(r'''(?x)
    (\d{3})   # area
    [-\s]?    # sep
    (\d{4})   # number
''', 'call 555-1234 now').groups())
print(re.search(r'a b', 'ab', re.X), re.search(r'a#b', 'a', re.VERBOSE), re.search(r'(?x:a b)c d', 'abc d'))
# IGNORECASE details
print(re.findall(r'[a-z]+', 'Hello WORLD', re.I), re.findall(r'[^a-z]', 'aB1', re.I), re.findall(r'\w', 'ÉéÇ', re.I))
print(re.match(r'é', 'É', re.I), re.match(r'é', 'É', re.I | re.A), re.match(r'σ', 'Σ', re.I), re.match(r'ς', 'Σ', re.I))
print(re.match(r'ß', 'ẞ', re.I), re.match(r'ı', 'I', re.I), re.match(r'i', 'İ', re.I), re.match(r's', 'ſ', re.I))
print(re.match(rb'\xe9', b'\xc9', re.I), re.findall(rb'(?i)[a-c]', b'ABCabc'))
print(re.match(r'(?i)\w+', 'ÀÉ'), re.match(r'[\W]', 'é'), re.match(r'\W', 'é', re.A))
# MULTILINE / DOTALL
s = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+$', s), re.findall(r'^\w+$', s, re.M), re.findall(r'\w+$', s), re.findall(r'.+', s, re.S))
print(re.findall(r'$', 'a\nb\n'), re.findall(r'$', 'a\nb\n', re.M), re.findall(r'\Z', 'a\n'), re.findall(r'^', 'a\nb', re.M))
# module functions accept flags
print(re.match('A', 'a', re.I), re.search('^b', 'a\nb', flags=re.M), re.fullmatch('a.b', 'a\nb', re.S), re.findall('a', 'Aa', re.I))
print(re.split('a', 'xAyaz', flags=re.I), re.sub('a', '-', 'xAya', flags=re.I), re.subn('a', '-', 'xAya', 0, re.I))
print([m.span() for m in re.finditer('a', 'AaA', re.I)])
# cache and purge
p1 = re.compile('abc')
print(re.compile('abc') is p1, re.compile('abc', re.I) is p1)
re.purge()
print(re.compile('abc') == p1)
print(sorted(re.__all__))
# typing's lazy Pattern/Match (a module-level __getattr__) and generic aliases
import typing
print(typing.Pattern, typing.Match[str], re.Pattern[bytes], re.Match[str])
