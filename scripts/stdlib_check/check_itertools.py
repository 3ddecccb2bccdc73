#!/usr/bin/env python3
"""Compare src/stdlib/itertools with CPython's itertools."""
import itertools as real
import re
import sys
from harness import load, Checker

mine = load('itertools')
c = Checker('itertools')
R = {'it': real, 'L': lambda x: list(x)}
M = {'it': mine, 'L': lambda x: list(x)}


def norm(v):
    return re.sub(r'0x[0-9a-f]+', '0x', repr(v))


CASES = r'''
L(it.islice(it.count(), 5))
L(it.islice(it.count(5, 2), 5))
L(it.islice(it.count(1.5, 0.5), 3))
repr(it.count(5))
repr(it.count(5, 2))
repr(it.count(1.5))
repr(it.count(0, 1.0))
repr(it.count())
---
c = it.count(3); next(c); next(c)
result = repr(c)
---
it.count('a')
---
it.count(1, 'a')
---
it.count(start=1, step=2)
---
L(it.islice(it.cycle('abc'), 7))
---
L(it.cycle([]))
---
it.cycle()
---
it.cycle(1)
---
repr(it.repeat(1, 3))
---
repr(it.repeat(1))
---
repr(it.repeat(1, -2))
---
L(it.repeat('x', 3))
---
r = it.repeat(1, 3); next(r)
result = repr(r), r.__length_hint__()
---
it.repeat()
---
it.repeat(1, 'a')
---
it.repeat(1, times=2)
---
L(it.accumulate([1, 2, 3, 4]))
---
L(it.accumulate([1, 2, 3, 4], max))
---
L(it.accumulate([1, 2], initial=10))
---
L(it.accumulate([], initial=10))
---
L(it.accumulate([]))
---
it.accumulate()
---
L(it.accumulate([1, 2, 3], lambda a, b: a * b))
---
L(it.chain('ab', [1], ()))
---
L(it.chain.from_iterable(['ab', 'cd']))
---
L(it.chain(1))
---
L(it.compress('abcdef', [1, 0, 1, 0, 1, 1]))
---
it.compress()
---
L(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1]))
---
L(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1]))
---
L(it.filterfalse(lambda x: x % 2, range(10)))
---
L(it.filterfalse(None, [0, 1, '', 'a']))
---
L(it.starmap(pow, [(2, 3), (3, 2)]))
---
it.starmap(pow)
---
L(it.pairwise('abcd'))
---
L(it.pairwise('a'))
---
it.pairwise()
---
L(it.zip_longest('abc', [1]))
---
L(it.zip_longest('abc', [1], fillvalue='-'))
---
L(it.zip_longest())
---
it.zip_longest([1], x=2)
---
L(it.islice('abcdefg', 2))
---
L(it.islice('abcdefg', 2, 4))
---
L(it.islice('abcdefg', 2, None))
---
L(it.islice('abcdefg', 0, None, 2))
---
L(it.islice(range(10), 1, None, 3))
---
L(it.islice(range(10), 5, 2))
---
L(it.islice(range(10), None))
---
L(it.islice(range(10), None, None, None))
---
i = iter(range(10)); L(it.islice(i, 5, 2))
result = next(i)
---
i = iter(range(10)); L(it.islice(i, 3))
result = next(i)
---
it.islice([1])
---
it.islice([1], -1)
---
it.islice([1], 'a')
---
it.islice([1], -1, 5)
---
it.islice([1], 1, -5)
---
it.islice([1], 1, 5, 0)
---
it.islice([1], 1, 5, -1)
---
it.islice([1], 1, 5, 1, 1)
---
it.islice(1, 2)
---
[(k, L(g)) for k, g in it.groupby('aaabbcaa')]
---
[(k, L(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 7], key=lambda x: x // 2)]
---
[k for k, g in it.groupby('aaabbcaa')]
---
gs = [g for k, g in it.groupby('aaabbc')]
result = [L(g) for g in gs]
---
g = it.groupby('aaabbc'); k1, g1 = next(g); a = next(g1); k2, g2 = next(g)
result = k1, a, L(g1), k2, L(g2), [k for k, _ in g]
---
g = it.groupby('aab'); k1, g1 = next(g); result = L(g1), next(g)[0], L(g)
---
L(it.groupby(''))
---
it.groupby(1)
---
a, b = it.tee(iter([1, 2, 3])); result = L(a), L(b)
---
a, b, c = it.tee('abc', 3); next(a); result = L(b), L(a), L(c)
---
it.tee([1], 0)
---
it.tee([1], -1)
---
a, b = it.tee('abc'); c, d = it.tee(a); next(b); result = L(c), L(d), L(b)
---
L(it.product('ab', range(2)))
---
L(it.product('ab', repeat=2))
---
L(it.product())
---
L(it.product('ab', []))
---
L(it.product(range(2), repeat=-1))
---
L(it.product(range(2), repeat=0))
---
L(it.permutations('abc'))
---
L(it.permutations('abcd', 2))
---
L(it.permutations('ab', 3))
---
L(it.permutations('ab', 0))
---
L(it.permutations(range(3), -1))
---
L(it.combinations('abcd', 2))
---
L(it.combinations('abcd', 0))
---
L(it.combinations('ab', 3))
---
L(it.combinations(range(3), -1))
---
L(it.combinations_with_replacement('abc', 2))
---
L(it.combinations_with_replacement('', 2))
---
L(it.combinations_with_replacement('', 0))
---
L(it.combinations_with_replacement('ab', 0))
---
len(L(it.permutations(range(6))))
---
L(it.permutations(range(5), 3)) == L(it.permutations(range(5), 3))
---
L(it.combinations(range(7), 4))
---
[(a, L(it.islice(range(10), *a))) for a in [(0, 5, 3), (0, 6, 3), (2, 3), (5, 2), (1, 4, 2), (0, None, 4)]]
---
[(a, (lambda i: (L(it.islice(i, *a)), next(i, None)))(iter(range(10)))) for a in [(0, 5, 3), (0, 6, 3), (2, 3), (5, 2), (1, 4, 2), (0, None, 4), (3, 3), (0, 0)]]
'''
c.cases(CASES, R, M, norm)
ok = c.report()
sys.exit(0 if ok else 1)
