#!/usr/bin/env python3
"""Compare src/stdlib/numbers.py and reprlib.py with CPython's."""
import collections
import fractions
import numbers as real_numbers
import reprlib as real_reprlib
import sys
from harness import load, Checker

mn = load('numbers')
mr = load('reprlib')
c = Checker('numbers+reprlib')
for obj in [1, True, 1.5, 2j, fractions.Fraction(1, 2), 'x', None, [], 10 ** 40]:
    for name in ['Number', 'Complex', 'Real', 'Rational', 'Integral']:
        if isinstance(obj, fractions.Fraction):
            mn.Rational.register(fractions.Fraction)
        c.same('isinstance(%r, %s)' % (obj, name), lambda: isinstance(obj, getattr(real_numbers, name)),
               lambda: isinstance(obj, getattr(mn, name)))
CASES = r'''
class R(N.Real):
    pass
R()
---
result = N.Complex.__abstractmethods__ == frozenset(__import__('numbers').Complex.__abstractmethods__)
'''
c.cases(CASES, {'N': real_numbers}, {'N': mn})
values = [list(range(20)), tuple(range(3)), (1,), {i: str(i) for i in range(10)}, set(range(10)),
          frozenset(range(3)), 'x' * 100, 'short', 10 ** 100, [[[[[[[1]]]]]]], collections.deque(range(10)),
          object, len, {}, set(), frozenset(), [], (), {'a': [1, {'b': (2, 3)}]}, [1, 'a' * 50]]
for v in values:
    c.same('reprlib.repr %.40r' % (v,), lambda: real_reprlib.repr(v), lambda: mr.repr(v))
c.cases(r'''
class X:
    def __init__(self): self.me = self
    @rl.recursive_repr()
    def __repr__(self): return 'X(%r)' % (self.me,)
result = repr(X()), X.__repr__.__name__
---
r = rl.Repr(); r.maxlist = 2; r.maxlevel = 1
result = r.repr([1, 2, 3]), r.repr([[1]])
''', {'rl': real_reprlib}, {'rl': mr})
ok = c.report()
sys.exit(0 if ok else 1)
