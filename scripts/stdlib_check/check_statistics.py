#!/usr/bin/env python3
"""Compare src/stdlib/statistics with CPython's statistics."""
import statistics as real
import random
import sys
from fractions import Fraction
from decimal import Decimal
from harness import load, Checker

mine = load('statistics')
c = Checker('statistics')

funcs = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low',
         'median_high', 'median_grouped', 'mode', 'multimode', 'quantiles', 'variance',
         'pvariance', 'stdev', 'pstdev']
datasets = [[], [1], [1, 2], [1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75],
            [Fraction(1, 3), Fraction(2, 3), 1], [1, 1.5, Fraction(1, 2)], [0, 1, 2],
            [1, 3, 3, 3, 5, 7], ['a', 'b', 'b'], [-1, 2, 3], [float('nan'), 1.0],
            [1e308, 1e308], [10 ** 20, 1, 2], [Decimal('1.5'), Decimal('2.5'), Decimal('4')],
            [True, False, True], [5, 5, 5, 5], list(range(100)), [0.1] * 10, [1, 2, 'x'],
            iter([1, 2, 3, 4, 5])]


def call(mod, name, data):
    if hasattr(data, '__next__'):
        data = iter(list(data_store))
    return getattr(mod, name)(data)


data_store = [1, 2, 3, 4, 5]
for name in funcs:
    for data in datasets:
        if hasattr(data, '__next__'):
            c.same('%s(iter)' % name, lambda: getattr(real, name)(iter([1, 2, 3, 4, 5])),
                   lambda: getattr(mine, name)(iter([1, 2, 3, 4, 5])))
            continue
        c.same('%s(%r)' % (name, data), lambda: getattr(real, name)(list(data)),
               lambda: getattr(mine, name)(list(data)))
for args, kw in [(([1, 2, 3, 4, 5, 6, 7, 8, 9, 10],), dict(n=10)), (([1, 5, 9],), dict(n=4, method='inclusive')),
                 (([1, 2],), dict(n=1)), (([1, 2],), dict(n=0)), (([1, 2],), dict(method='bad')),
                 (([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129],), dict(n=10))]:
    c.same('quantiles %r %r' % (args, kw), lambda: real.quantiles(*args, **kw), lambda: mine.quantiles(*args, **kw))
c.same('median_grouped interval', lambda: real.median_grouped([52, 52, 53, 54], interval=2),
       lambda: mine.median_grouped([52, 52, 53, 54], interval=2))
c.same('variance xbar', lambda: real.variance([1, 2, 3, 4], xbar=2), lambda: mine.variance([1, 2, 3, 4], xbar=2))
c.same('pstdev mu', lambda: real.pstdev([1.5, 2.5, 2.5], mu=2), lambda: mine.pstdev([1.5, 2.5, 2.5], mu=2))
c.same('fmean weights', lambda: real.fmean([1, 2, 3], weights=[3, 2, 1]), lambda: mine.fmean([1, 2, 3], weights=[3, 2, 1]))
c.same('harmonic weights', lambda: real.harmonic_mean([40, 60], weights=[5, 30]),
       lambda: mine.harmonic_mean([40, 60], weights=[5, 30]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
for fn in ['covariance', 'correlation', 'linear_regression']:
    c.same(fn, lambda: getattr(real, fn)(x, y), lambda: getattr(mine, fn)(x, y))
    c.same(fn + ' const', lambda: getattr(real, fn)([1, 1], [2, 3]), lambda: getattr(mine, fn)([1, 1], [2, 3]))
    c.same(fn + ' short', lambda: getattr(real, fn)([1], [2]), lambda: getattr(mine, fn)([1], [2]))
c.same('linreg proportional', lambda: real.linear_regression(x, y, proportional=True),
       lambda: mine.linear_regression(x, y, proportional=True))
rng = random.Random(9)
for trial in range(500):
    data = [rng.choice([rng.random() * 100, rng.randrange(-50, 50), rng.random() * 1e-5, rng.random() * 1e10])
            for _ in range(rng.randrange(2, 25))]
    for name in ('mean', 'variance', 'stdev', 'pstdev', 'pvariance', 'median', 'fmean', 'quantiles'):
        c.same('random %s' % name, lambda: getattr(real, name)(data), lambda: getattr(mine, name)(data))
ok = c.report()
sys.exit(0 if ok else 1)
