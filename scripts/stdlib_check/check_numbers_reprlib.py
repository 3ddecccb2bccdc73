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
import inspect


def _shape(cls):
    out = []
    for k in sorted(set(vars(cls)) - {'_abc_impl', '__doc__', '__module__'}):
        v = vars(cls)[k]
        f = v.fget if isinstance(v, property) else v
        if callable(f):
            out.append((k, str(inspect.signature(f)), f.__qualname__.split('.', 1)[1],
                        getattr(f, '__isabstractmethod__', False)))
        else:
            out.append((k, repr(sorted(v) if isinstance(v, frozenset) else v)))
    return out, cls.__name__, [b.__name__ for b in cls.__mro__]


for name in ['Number', 'Complex', 'Real', 'Rational', 'Integral']:
    c.same('shape ' + name, lambda: _shape(getattr(real_numbers, name)), lambda: _shape(getattr(mn, name)))
c.same('derived', lambda: (real_numbers.Integral.__index__(5), real_numbers.Real.real.fget(3.5),
                           real_numbers.Real.__divmod__(7, 2), real_numbers.Rational.__float__(fractions.Fraction(1, 3)),
                           real_numbers.Complex.__rsub__(2, 5), real_numbers.Complex.__bool__(0.0)),
       lambda: (mn.Integral.__index__(5), mn.Real.real.fget(3.5), mn.Real.__divmod__(7, 2),
                mn.Rational.__float__(fractions.Fraction(1, 3)), mn.Complex.__rsub__(2, 5), mn.Complex.__bool__(0.0)))
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
c.cases(r'''
@rl.recursive_repr('<me>')
def f(self):
    'doc'
    return 'v'
result = hasattr(f, '__wrapped__'), f.__name__, f.__doc__, f.__annotations__
---
r = rl.Repr()
result = sorted(vars(r).items())
---
r = rl.Repr(); r.maxlevel = 0
result = r.repr((1,)), r.repr(()), r.repr([]), r.repr({1: 2}), r.repr({1})
---
r = rl.Repr(); r.maxstring = 5; r.maxlong = 4; r.maxother = 6; r.fillvalue = '~'
result = r.repr('abcdefghij'), r.repr(123456789), r.repr(object()), r.repr("a'b" * 9)
---
import array
result = rl.repr(array.array('i', range(10))), rl.repr(array.array('d'))
---
class Bad:
    def __repr__(self): raise ValueError
result = rl.repr(Bad()).startswith('<Bad instance at 0x')
''', {'rl': real_reprlib}, {'rl': mr})
ok = c.report()
sys.exit(0 if ok else 1)
