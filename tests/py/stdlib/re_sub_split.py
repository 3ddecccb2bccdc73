# re: sub/subn templates and callables, split with groups and maxsplit,
# empty matches (3.7+ rules), bytes.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@x, ann@y'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcdefg'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub(r'a', r'\n\t\\\.\-', 'xay'))
print(repr(re.sub(r'a', '\\\\', 'bab')))
print(re.sub(r'(a)|b', r'[\1]', 'abc'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'\b', '|', 'ab cd'), re.sub('', '-', 'abc'))
print(re.sub(r'(?=b)', '^', 'abab'))
print(re.subn(r'a', 'o', 'banana'), re.subn(r'a', 'o', 'banana', 2), re.subn(r'q', 'o', 'banana'))
print(re.sub(r'a', 'o', 'banana', count=1), re.sub('a', 'b', 'aaa', -1))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\w+', lambda m: m.group().upper() if m.start() else '', 'one two three'))
print(re.sub(r'(\w+) (\w+)', lambda m: m.expand(r'\2 \1'), 'hello world'))
print(re.sub(r'a', lambda m: None, 'banana'))
print(re.sub(r'(?i)B', 'X', 'abBA'), re.sub(r'^', '> ', 'l1\nl2\nl3', flags=re.M))
print(re.sub(rb'\d', b'#', b'a1b22'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
print(re.sub('\\d', '\\0', 'a1'), repr(re.sub('1', '\\07', 'a1')), repr(re.sub('1', '\\101', 'a1')))
print(re.compile(r'o').sub('0', 'foo boo'), re.compile(r'o').subn('0', 'foo boo', 1))
# templates that fail
for t in [r'\2', r'\g<2>', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<a-b>', '\\', r'\q', r'\8', r'\g<-1>', r'\777']:
    try:
        print(re.sub(r'(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
# type mismatches
for f in [lambda: re.sub('a', lambda m: 1, 'xa'), lambda: re.sub('a', b'x', 'a'), lambda: re.sub('a', b'x', 'b'),
          lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', 'x', b'a'), lambda: re.sub('a', 1, 'a')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
# split
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split(r'[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)?', '...words, words...'), re.split(r'\b', 'a b'), re.split(r'x*', 'axbc'))
print(re.split(r'(a)|(b)', 'xaybz'), re.split(r'', 'abc'), re.split(r'=', ''), re.split(r'x', 'x'))
print(re.split(r'a', 'bab', -1), re.split(rb',', b'a,b,,c'), re.split(r'(?=b)', 'abab'))
print(re.compile(r'\s+').split(' a  b c ', 1))
