#!/usr/bin/env python3
"""Compare src/stdlib/fractions with CPython's fractions."""
import fractions as real
import decimal
import math
import random
import sys
from harness import load, Checker

mine = load('fractions')
c = Checker('fractions')
RF, MF = real.Fraction, mine.Fraction

inputs = [(0,), (3,), (-7,), (8, 6), (1, -3), (-4, -6), (0, 5), (1, 0), (1.5,), (-0.1,), (1e300,),
          (float('nan'),), (float('inf'),), ('3/7',), (' -.125 ',), ('1.5e3',), ('1_000/3',),
          ('1.',), ('.5',), ('.',), ('1/0',), ('abc',), ('1e',), ('3 /4',), ('+2',), ('1E-2',),
          ('0x10',), ('1__0',), (1.5, 2), ('1', 2), (decimal.Decimal('1.25'),), (True,), ([],),
          (2, 4.0), ('-0',), ('  7  ',), ('1.5/2',), ('_1',)]
for args in inputs:
    def conv(cls, args=args):
        args = tuple(cls(*a.args) if isinstance(a, (RF, MF)) else a for a in args)
        return cls(*args)
    c.same('Fraction%r' % (args,), lambda: conv(RF), lambda: conv(MF))

vals = [0, 1, -2, 3, 7, 10 ** 20, (1, 3), (-5, 4), (7, 2), (22, 7), 0.5, -2.25, 1e-3, 3 + 4j,
        float('inf'), float('nan')]


def mk(cls, v):
    if isinstance(v, tuple):
        return cls(*v)
    return v


ops = ['+', '-', '*', '/', '//', '%', '**', '<', '<=', '>', '>=', '==', '!=', 'divmod']
for x in vals:
    for y in vals:
        if not isinstance(x, tuple) and not isinstance(y, tuple):
            continue
        for op in ops:
            if op == '**' and (isinstance(y, tuple) and y[1] != 1 and not isinstance(x, tuple)):
                pass
            expr = 'divmod(a, b)' if op == 'divmod' else 'a %s b' % op

            def run(cls, x=x, y=y, expr=expr):
                a, b = mk(cls, x), mk(cls, y)
                if expr.startswith('a **') and isinstance(y, int) and abs(y) > 100:
                    return 'skip'
                return eval(expr, {'a': a, 'b': b, 'divmod': divmod})
            c.same('%r %s %r' % (x, op, y), lambda: run(RF), lambda: run(MF))

for v in [(1, 3), (-5, 4), (7, 2), (5, 2), (-7, 2), (0, 1), (10 ** 30 + 1, 3)]:
    for fn in ['repr', 'str', 'hash', 'float', 'int', 'math.floor', 'math.ceil', 'round',
               'math.trunc', 'abs', 'neg', 'bool', 'round1', 'round-1', 'ratio', 'limit',
               'limit1', 'pow2', 'pow-2', 'powhalf', 'rpow']:
        def run(cls, v=v, fn=fn):
            f = cls(*v)
            return {
                'repr': lambda: repr(f), 'str': lambda: str(f), 'hash': lambda: hash(f),
                'float': lambda: float(f), 'int': lambda: int(f), 'math.floor': lambda: math.floor(f),
                'math.ceil': lambda: math.ceil(f), 'round': lambda: round(f),
                'math.trunc': lambda: math.trunc(f), 'abs': lambda: abs(f), 'neg': lambda: -f,
                'bool': lambda: bool(f), 'round1': lambda: round(f, 1), 'round-1': lambda: round(f, -1),
                'ratio': lambda: f.as_integer_ratio(), 'limit': lambda: f.limit_denominator(3),
                'limit1': lambda: f.limit_denominator(0), 'pow2': lambda: f ** 2,
                'pow-2': lambda: f ** -2, 'powhalf': lambda: f ** cls(1, 2), 'rpow': lambda: 2 ** f,
            }[fn]()
        c.same('%s %r' % (fn, v), lambda: run(RF), lambda: run(MF))
c.same('hash eq float', lambda: hash(RF(1, 2)) == hash(0.5), lambda: hash(MF(1, 2)) == hash(0.5))
c.same('pi limit', lambda: RF(math.pi).limit_denominator(1000), lambda: MF(math.pi).limit_denominator(1000))
c.same('from_float', lambda: RF.from_float(0.1), lambda: MF.from_float(0.1))
c.same('from_float bad', lambda: RF.from_float('x'), lambda: MF.from_float('x'))
c.same('from_decimal', lambda: RF.from_decimal(decimal.Decimal('0.3')), lambda: MF.from_decimal(decimal.Decimal('0.3')))
c.same('sum', lambda: sum([RF(1, n) for n in range(1, 30)]), lambda: sum([MF(1, n) for n in range(1, 30)]))
rng = random.Random(2)
for trial in range(300):
    a = (rng.randrange(-1000, 1000), rng.randrange(1, 500))
    f = rng.random() * 1000
    c.same('limit random', lambda: RF(*a).limit_denominator(rng.randrange(1, 50)) if False else RF(f).limit_denominator(97),
           lambda: MF(f).limit_denominator(97))
    c.same('hash random', lambda: hash(RF(*a)), lambda: hash(MF(*a)))
rng2 = random.Random(3)
for trial in range(600):
    n = rng2.randrange(-10 ** 6, 10 ** 6)
    d = rng2.randrange(1, 10 ** 4)
    nd = rng2.randrange(-4, 5)
    lim = rng2.randrange(1, 200)
    f = rng2.random() * 10 ** rng2.randrange(-5, 5) * rng2.choice([1, -1])

    def probe(mod):
        q = mod.Fraction(n, d)
        return (str(round(q, nd)), hash(q), round(q), int(q), math.floor(q), math.ceil(q),
                str(q.limit_denominator(lim)), q < f, q == f, q >= f, q == complex(f, 0),
                q == complex(f, 1), q < float('nan'), q > float('-inf'), q == float('inf'))
    c.same('random ops %d/%d' % (n, d), lambda: probe(real), lambda: probe(mine))
c.same('hash inf', lambda: hash(real.Fraction(1, sys.hash_info.modulus)),
       lambda: hash(mine.Fraction(1, sys.hash_info.modulus)))
ok = c.report()
sys.exit(0 if ok else 1)
