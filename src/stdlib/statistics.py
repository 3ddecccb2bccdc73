"""Basic statistics for numeric data: mean, fmean, geometric_mean,
harmonic_mean, median (low/high/grouped), mode, multimode, quantiles,
variance, pvariance, stdev, pstdev, covariance, correlation,
linear_regression and StatisticsError.

pyrite's own implementation in plain Python.  Sums and sums of squares are
computed exactly with Fractions and converted back to the data's type, and
standard deviations are correctly rounded square roots, as in CPython 3.11.
NormalDist is not provided.
"""

import math
from fractions import Fraction
from collections import Counter
from bisect import bisect_left, bisect_right

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'mean', 'harmonic_mean',
           'pstdev', 'pvariance', 'stdev', 'variance', 'median', 'median_low',
           'median_high', 'median_grouped', 'mode', 'multimode', 'quantiles',
           'correlation', 'covariance', 'linear_regression']


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for inf/nan."""
    if type(x) is int or isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, Fraction):
        return (x.numerator, x.denominator)
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return (x, None)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """The type a mix of T and S values should be reported as."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """Exact sum: (type, Fraction or non-finite float, count)."""
    count = 0
    T = int
    partials = {}
    nonfinite = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
        else:
            partials[d] = partials.get(d, 0) + n
    if nonfinite is not None:
        return T, nonfinite, count
    total = sum((Fraction(n, d) for d, n in partials.items()), Fraction(0))
    return T, total, count


def _ss(data, c=None):
    """Sum of squared deviations: (type, Fraction, mean used, count)."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    count = 0
    T = int
    sx = {}
    sxx = {}
    nonfinite = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
            continue
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return T, Fraction(0), Fraction(0), 0
    if nonfinite is not None:
        return T, nonfinite, nonfinite, count
    total = sum((Fraction(n, d) for d, n in sx.items()), Fraction(0))
    squares = sum((Fraction(n, d * d) for d, n in sxx.items()), Fraction(0))
    ssd = (count * squares - total * total) / count
    return T, ssd, total / count, count


def _convert(value, T):
    """Convert an exact Fraction result back to the data's type T."""
    if type(value) is T:
        return value
    if isinstance(value, float) or not isinstance(value, Fraction):
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        return T(value.numerator) / T(value.denominator)


def _sqrt_of_frac(n, m):
    """Correctly rounded float square root of the fraction n/m (n >= 0, m > 0)."""
    if n <= 0:
        if n == 0:
            return 0.0
        raise StatisticsError('negative sum of square deviations: %r' % (n / m))
    # Scale so that the integer square root carries well over 53 bits, then
    # fold any inexactness into a sticky low bit before rounding to float.
    shift = 112 - (n.bit_length() - m.bit_length())
    shift += shift & 1
    if shift >= 0:
        q, rem = divmod(n << shift, m)
    else:
        q, rem = divmod(n, m << -shift)
    r = math.isqrt(q)
    if rem or r * r != q:
        r |= 1
    return math.ldexp(float(r), -(shift // 2))


def _materialize(data):
    if iter(data) is data:
        data = list(data)
    return data


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        data = _materialize(data)
        n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data = _materialize(data)
    weights = _materialize(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def _lone_harmonic(x):
    # A single value is its own harmonic mean (after the type and sign checks).
    if not (isinstance(x, (int, float, Fraction)) or hasattr(x, 'as_integer_ratio')):
        raise TypeError('unsupported type')
    if x < 0:
        raise StatisticsError(_NEGATIVE_HARMONIC)
    return x


def harmonic_mean(data, weights=None):
    """Harmonic mean of data (optionally weighted): the reciprocal of the
    mean of the reciprocals.  Any zero value makes it 0."""
    data = _materialize(data)
    size = len(data)
    if size == 0:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        if size == 1:
            return _lone_harmonic(data[0])
        weights = [1] * size
        weight_total = size
    else:
        weights = _materialize(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        if any(w < 0 for w in weights):
            raise StatisticsError(_NEGATIVE_HARMONIC)
        weight_total = _sum(weights)[1]
    reciprocals = []
    for weight, value in zip(weights, data):
        if value < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        if not weight:
            reciprocals.append(0)
        elif value == 0:
            return 0
        else:
            reciprocals.append(weight / value)
    kind, denominator, _ = _sum(reciprocals)
    if denominator <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / denominator, kind)


def _ordered_values(data):
    values = sorted(data)
    if not values:
        raise StatisticsError('no median for empty data')
    return values, len(values)


def median(data):
    """Middle value of data; the mean of the two middle values when the
    count is even."""
    values, size = _ordered_values(data)
    half = size // 2
    if size & 1:
        return values[half]
    return (values[half - 1] + values[half]) / 2


def median_low(data):
    """Middle value of data; the smaller middle value when the count is even."""
    values, size = _ordered_values(data)
    return values[(size - 1) // 2]


def median_high(data):
    """Middle value of data; the larger middle value when the count is even."""
    values, size = _ordered_values(data)
    return values[size // 2]


def median_grouped(data, interval=1.0):
    """Median of data taken as counts of classes of the given width centred
    on the data values, interpolated within the middle class."""
    values, size = _ordered_values(data)
    middle = values[size // 2]
    below = bisect_left(values, middle)
    within = bisect_right(values, middle, lo=below) - below
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_edge = middle - width / 2.0
    return lower_edge + width * (size / 2 - below) / within


def mode(data):
    """Most common value of data (the first one seen, on ties)."""
    tally = Counter(iter(data))
    if not tally:
        raise StatisticsError('no mode for empty data')
    return max(tally, key=tally.__getitem__)


def multimode(data):
    """All values sharing the highest count, in order of first appearance."""
    tally = Counter(iter(data))
    best = max(tally.values(), default=0)
    return [value for value in tally if tally[value] == best] if tally else []


def _between(low, high, delta, n):
    # Weighted point delta/n of the way from low to high.
    return (low * (n - delta) + high * delta) / n


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n groups of equal
    probability ('exclusive' or 'inclusive' interpolation)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    values = sorted(data)
    size = len(values)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for k in range(1, n):
            pos, delta = divmod(k * span, n)
            cuts.append(_between(values[pos], values[pos + 1], delta, n))
        return cuts
    if method == 'exclusive':
        span = size + 1
        for k in range(1, n):
            pos = min(max(k * span // n, 1), size - 1)
            delta = k * span - pos * n
            cuts.append(_between(values[pos - 1], values[pos], delta, n))
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


def _squares(data, centre, least, what):
    """(type, exact sum of squared deviations / degrees of freedom)."""
    kind, total, _, count = _ss(data, centre)
    if count < least:
        raise StatisticsError('%s requires at least %s data point%s'
                              % (what, 'one' if least == 1 else 'two',
                                 '' if least == 1 else 's'))
    return kind, total / (count - (least - 1))


def variance(data, xbar=None):
    """Sample variance (divides by n - 1); xbar may give the known mean."""
    kind, value = _squares(data, xbar, 2, 'variance')
    return _convert(value, kind)


def pvariance(data, mu=None):
    """Population variance (divides by n); mu may give the known mean."""
    kind, value = _squares(data, mu, 1, 'pvariance')
    return _convert(value, kind)


def _root(mss, T):
    if T.__name__ == 'Decimal':
        return (T(mss.numerator) / T(mss.denominator)).sqrt()
    return _sqrt_of_frac(mss.numerator, mss.denominator)


def stdev(data, xbar=None):
    """Square root of the sample variance."""
    kind, value = _squares(data, xbar, 2, 'stdev')
    return _root(value, kind)


def pstdev(data, mu=None):
    """Square root of the population variance."""
    kind, value = _squares(data, mu, 1, 'pstdev')
    return _root(value, kind)


def covariance(x, y, /):
    """Covariance: a measure of the joint variability of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient for two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """LinearRegression(slope, intercept)"""

    __slots__ = ()
    _fields = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % tuple(self)


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression (least squares)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    if not sxx:
        raise StatisticsError('x is constant')
    slope = sxy / sxx
    # A line through the origin, or through the point of means.
    return LinearRegression(slope=slope,
                            intercept=0.0 if proportional else ybar - slope * xbar)
