#!/usr/bin/env python3
"""Compare src/stdlib/shlex.py with CPython's shlex."""
import random
import shlex as real
import sys
from harness import load, Checker

mine = load('shlex')
c = Checker('shlex')
samples = ['a b  c', 'a "b c" d', "a 'b c' d", 'a\\ b', 'a "b \\"c" d', 'a#b c # comment', '', '  ',
           'x "unterminated', "it's", 'a "" b', "a '' b", 'a"b"c', 'a "\\\\" b', 'trailing\\',
           'a "x\\y" b', "a 'x\\y' b", 'one\ntwo\tthree', '#only comment\nnext', 'a "b # c" d',
           '"a\\$b"', '--opt=val "quoted value" \'single\'']
for s in samples:
    for comments in (False, True):
        c.same('split %r %r' % (s, comments), lambda: real.split(s, comments=comments),
               lambda: mine.split(s, comments=comments))
for s in ['', 'abc', 'a b', "it's", '$HOME', 'a@b.c:1,2/3-_', 'é', 'x\ny']:
    c.same('quote %r' % s, lambda: real.quote(s), lambda: mine.quote(s))
c.same('join', lambda: real.join(['a', 'b c', "d'e", '']), lambda: mine.join(['a', 'b c', "d'e", '']))
rng = random.Random(8)
alphabet = ['a', 'b', ' ', '"', "'", '\\', '#', '\n', 'x', '$']
for trial in range(2000):
    s = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    c.same('random %r' % s, lambda: real.split(s, comments=True), lambda: mine.split(s, comments=True))
    c.same('random nc %r' % s, lambda: real.split(s), lambda: mine.split(s))
    c.same('roundtrip %r' % s, lambda: real.split(real.quote(s)), lambda: mine.split(mine.quote(s)))
ok = c.report()
sys.exit(0 if ok else 1)
