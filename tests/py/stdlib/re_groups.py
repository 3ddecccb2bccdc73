# re: groups — numbered/named groups, backreferences, lookaround, conditionals,
# and the Match object's API (group/groups/groupdict/span/lastindex/expand/repr).
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?', 'Jane Doe!')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(2), m.start('first'), m.end(2), m.span('extra'), m.start(3), m.end(3))
print(m[0], m[1], m['last'], m[3])
print(m.lastindex, m.lastgroup, m.regs)
print(m.re.groups, m.re.groupindex, dict(m.re.groupindex))
print(m.expand(r'\2, \1 (\g<first>) [\g<0>] \g<extra>'))
print(bool(m), m.string, m.pos, m.endpos)
for bad in (4, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('group', repr(bad), type(e).__name__, e)
try:
    m[5]
except IndexError as e:
    print('getitem', e)
print(m.group(True), m.span(False))
# lastindex / lastgroup
for pat, s in [(r'(a)(b)?', 'a'), (r'((a)b)', 'ab'), (r'(a)|(b)', 'b'), (r'(?P<x>a)(?P<y>b)', 'ab'), (r'a', 'a'), (r'(a)(?:b)', 'ab'),
               (r'(a(b)?)+', 'aba'), (r'(?P<n>a)+', 'aaa')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup, mm.groups())
# repeated groups keep the last iteration
print(re.match(r'(\w)+', 'abc').group(1), re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'(a|b)*', 'ab').groups())
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(a*)+', 'aa').groups(), re.match(r'(a*)*', 'b').groups())
print(re.match(r'(a|)+b', 'aab').groups(), re.match(r'(a?)+?b', 'aab').groups())
# backreferences
print(re.findall(r'(\w)\1', 'aabbcdde'), re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi" now'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)?\1', 'b'), re.search(r'(\w+) \1', 'hello hello world'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
# lookaround
print(re.findall(r'\w+(?=,)', 'a, bb, ccc'), re.findall(r'\w+(?!,)\b', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45'), re.findall(r'(?<!\$)\b\d+', 'cost $30 or 45'))
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?=(\w+))\w', 'xyz').groups())
print(re.search(r'(?<=ab|cd)e', 'cde'), re.search(r'(?<=(?i)AB)c', 'abc') if False else None)
print(re.match(r'(?!a)\w', 'ab'), re.match(r'(?!(a))\w', 'b').groups(), re.match(r'a(?=b)', 'ab').span())
print(re.search(r'(?<=a)', 'xa').span(), re.search(r'(?<!^)x', 'xx').span())
# conditionals
for s in ['<a>', 'a', '<a', 'a>']:
    print(s, re.fullmatch(r'(<)?\w(?(1)>)', s))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"'), re.match(r'(a)?(?(1)b|c)', 'c'))
# atomic and possessive
print(re.match(r'(?>a*)b', 'aaab'), re.match(r'(?>a*)a', 'aaa'), re.match(r'a*+a', 'aaa'), re.match(r'(?:ab)++c', 'ababc'))
# Match repr truncation and bytes
print(re.search(r'.+', 'x' * 100))
print(re.search(rb'(\d+)', b'ab123'), re.search(rb'(\d+)', b'ab123').groups())
print(re.match('(a)(b)', 'ab').expand(br'\2\1'.decode()))
# finditer and groups
print([(m.group(1), m.span(1)) for m in re.finditer(r'(\d+)-?', '1-22-333')])
print([m.groupdict() for m in re.finditer(r'(?P<k>\w+)=(?P<v>\w*)', 'a=1 b= c=3')])
print(re.findall(r'(\w+)=(\w*)', 'a=1 b= c=3'), re.findall(r'(a)|b', 'ab'))
# Pattern objects
p = re.compile(r'(?P<word>\w+)')
print(p.pattern, p.flags, p.groups, p.groupindex, p == re.compile(r'(?P<word>\w+)'), hash(p) == hash(re.compile(r'(?P<word>\w+)')))
print(re.compile(p) is p, type(p).__name__, type(p.match('a')).__name__, re.Pattern, re.Match)
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m)
