import csv, textwrap, string, heapq, bisect, keyword, shlex
rows = list(csv.reader(['a,b,c', '1,"x, y",3', '"q""uote",,']))
print(rows)
print(list(csv.DictReader(['h1,h2', 'v1,v2', 'w1'])))
class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
o = Out(); w = csv.writer(o); w.writerow(['a', 'b,c', 'd"e', None, 1.5]); print(repr(''.join(o.parts)))
print(textwrap.fill('The quick brown fox jumps over the lazy dog ' * 3, 30))
print(textwrap.dedent('    a\n      b\n    c'), textwrap.shorten('Hello   world, how are you?', 15))
print(string.Template('$a and ${b}!').substitute(a=1, b='two'), string.capwords('hello   world'))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [3, 9, 1]))
print(bisect.bisect_left([1, 3, 5], 3), keyword.iskeyword('for'), shlex.split('a "b c" d'), shlex.quote("it's"))
