# re: matching basics — literals, escapes, classes, anchors, quantifiers,
# search/match/fullmatch with pos/endpos, findall/finditer, Unicode and bytes.
import re

def show(label, v):
    print(label, '->', v)

show('match', re.match(r'\d+', '123abc'))
show('match none', re.match(r'\d+', 'abc123'))
show('search', re.search(r'\d+', 'abc123def'))
show('fullmatch', re.fullmatch(r'\w+', 'hello'))
show('fullmatch none', re.fullmatch(r'\w+', 'hello world'))
show('fullmatch alt', re.fullmatch(r'a|ab', 'ab'))
for pat in [r'\d', r'\D', r'\w', r'\W', r'\s', r'\S', r'.', r'[a-c]', r'[^a-c]', r'[\]x]', r'[]a]', r'[a\-z]', r'[-a]',
            r'[\w.]', r'[^\W\d]', r'\x41', r'\u00e9', r'\U0001F600', r'\101', r'\0', r'\t', r'\\', r'[\b]', r'\.', r'a.c']:
    show(pat, re.findall(pat, 'Abc é\t1_2.-]x\\\x08\x00A😀 a\nc'))
# anchors
show('^', re.findall(r'^\w', 'ab\ncd'))
show('^ M', re.findall(r'^\w', 'ab\ncd', re.M))
show('$', re.findall(r'\w$', 'ab\ncd\n'))
show('$ M', re.findall(r'\w$', 'ab\ncd\n', re.M))
show('\\A \\Z', re.findall(r'\A\w|\w\Z', 'ab\ncd'))
show('\\b', re.findall(r'\b\w', 'hi there, you'))
show('\\B', re.findall(r'\B\w', 'hi there'))
show('empty \\b', re.search(r'\b', ''), )
show('empty \\B', re.search(r'\B', ''))
# quantifiers
for pat in ['a*', 'a+', 'a?', 'a*?', 'a+?', 'a??', 'a{2}', 'a{2,3}', 'a{2,}', 'a{,2}', 'a{2,3}?', 'a{,}', 'a{', 'a{x}', 'a{1,x}', 'a{}',
            'a*+', 'a++', 'a?+', '(?:ab)+', '(?:ab)*?b', '(ab|a)*c', '(?>a+)a', '(?>a+)b']:
    show(pat, [m.span() for m in re.finditer(pat, 'aaab aaaa ab{2} abc a{ a{} a{,}')])
# pos / endpos
p = re.compile(r'\w+')
show('pos', p.search('hello world', 3))
show('endpos', p.search('hello world', 0, 3))
show('neg pos', p.match('hello', -5))
show('big endpos', p.match('hello', 0, 100))
show('pos>endpos', p.match('hello', 4, 2))
show('^ with pos', re.compile('^h').search('hh', 1))
show('$ endpos', re.compile('l$').search('hello', 0, 3))
m = p.search('  word  ', 1, 7)
show('m.pos/endpos', (m.pos, m.endpos, m.string, m.re))
show('findall pos', p.findall('ab cd ef', 2, 6))
show('finditer pos', [m.group() for m in p.finditer('ab cd ef', 1)])
# empty matches
show('empty findall', re.findall(r'x*', 'axbxx'))
show('empty finditer', [m.span() for m in re.finditer(r'\b', 'ab cd')])
show('lookahead empties', re.findall(r'(?=(\w\w))', 'abcd'))
# Unicode
show('unicode w', re.findall(r'\w+', 'héllo wörld ñ 名前 ٣٤'))
show('unicode d', re.findall(r'\d', '1٣۴߀'))
show('ascii w', re.findall(r'\w+', 'héllo wörld', re.A))
show('unicode s', re.findall(r'\s', 'a\u00a0b\u2003c\x1cd'))
show('ascii s', re.findall(r'\s', 'a\u00a0b\u2003c\x1cd', re.ASCII))
show('positions', re.search(r'ö', 'héllo wörld').span())
show('icase unicode', re.findall(r'(?i)straße|é', 'STRASSE Straße É é'))
show('icase set', re.findall(r'(?i)[à-ÿ]+', 'ÀÉÎ àéî'))
show('kelvin', re.findall(r'(?i)k', 'k K \u212a'))
# bytes
show('bytes', re.findall(rb'\w+', b'hello w\xf6rld 12'))
show('bytes icase', re.findall(rb'(?i)ab', b'AB ab aB'))
show('bytes span', re.search(rb'\d+', b'ab12').span())
show('bytearray', re.search(rb'\d+', bytearray(b'ab12')))
show('memoryview', re.findall(rb'\d', memoryview(b'a1b2')))
class S(str):
    pass
m = re.search('b+', S('abbc'))
show('str subclass', (m, type(m.group()).__name__, type(m.string).__name__))
# misc
show('escape', re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn-o#p&q~r'))
show('escape bytes', re.escape(b'a.b c'))
show('long alternation', re.findall('|'.join(['cat', 'dog', 'bird', 'fish']), 'a dog and a cat and fish'))
show('deep', re.match(r'(a|b)*c', 'ab' * 50000 + 'c').span())
show('nested quant', re.match(r'((a{1,2}){2})+', 'aaaaaaa').span())
