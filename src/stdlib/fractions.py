"""Rational numbers: the Fraction class (exact arithmetic with ints, mixed
arithmetic with float and complex, CPython-compatible hash, str/repr,
limit_denominator, from_float, from_decimal, string parsing).

pyrite's own implementation in plain Python.  Without a ``numbers`` module,
"Rational" means int or Fraction (objects with numerator/denominator
attributes are accepted too).
"""

import math
import sys

__all__ = ['Fraction']

try:
    _HASH_MODULUS = sys.hash_info.modulus
    _HASH_INF = sys.hash_info.inf
except AttributeError:
    _HASH_MODULUS = (1 << 61) - 1
    _HASH_INF = 314159


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or (
        hasattr(x, 'numerator') and hasattr(x, 'denominator')
        and not isinstance(x, (float, complex)))


def _digits(text):
    """True if text is digits with single underscores between them."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return False
    return all('0' <= c <= '9' or c == '_' for c in text)


def _parse(text):
    """Parse a Fraction literal into (numerator, denominator), or None."""
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not _digits(num) or not _digits(den):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for marker in ('e', 'E'):
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            body = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
            if not _digits(body):
                return None
            exp = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if not whole and not frac:
        return None
    if whole and not _digits(whole):
        return None
    if dot and frac and not _digits(frac):
        return None
    if not whole and not dot:
        return None
    numerator = int(whole or '0')
    denominator = 1
    if frac:
        scale = 10 ** len(frac.replace('_', ''))
        numerator = numerator * scale + int(frac)
        denominator = scale
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction('3/7'), Fraction(' -.125 '),
    Fraction(1.5) and Fraction(Fraction(1, 3)) are all accepted."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction) or (
                    _is_rational(numerator) and not isinstance(numerator, str)):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or (
                    hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, str)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        if not hasattr(dec, 'as_integer_ratio'):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The two candidates: the last convergent and the best semiconvergent.
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic ---------------------------------------------------------
    def _coerce(self, other):
        """(kind, value): 'q' for an exact Fraction, 'f'/'c' for float/complex."""
        if isinstance(other, Fraction):
            return 'q', other
        if isinstance(other, int):
            return 'q', Fraction(other)
        if isinstance(other, float):
            return 'f', other
        if isinstance(other, complex):
            return 'c', other
        if _is_rational(other):
            return 'q', Fraction(other.numerator, other.denominator)
        return None, None

    def _binary(self, other, exact, inexact, reverse):
        kind, value = self._coerce(other)
        if kind is None:
            return NotImplemented
        if kind == 'q':
            return exact(value, self) if reverse else exact(self, value)
        if reverse:
            return inexact(value, float(self) if kind == 'f' else complex(float(self)))
        return inexact(float(self) if kind == 'f' else complex(float(self)), value)

    @staticmethod
    def _add(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db + b._numerator * da, da * db)

    @staticmethod
    def _sub(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db - b._numerator * da, da * db)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if not b._numerator:
            # CPython reduces before dividing, so the message shows the sign only.
            raise ZeroDivisionError('Fraction(%d, 0)' % ((a._numerator > 0) - (a._numerator < 0)))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def __add__(a, b):
        return a._binary(b, Fraction._add, lambda x, y: x + y, False)

    def __radd__(b, a):
        return b._binary(a, Fraction._add, lambda x, y: x + y, True)

    def __sub__(a, b):
        return a._binary(b, Fraction._sub, lambda x, y: x - y, False)

    def __rsub__(b, a):
        return b._binary(a, Fraction._sub, lambda x, y: x - y, True)

    def __mul__(a, b):
        return a._binary(b, Fraction._mul, lambda x, y: x * y, False)

    def __rmul__(b, a):
        return b._binary(a, Fraction._mul, lambda x, y: x * y, True)

    def __truediv__(a, b):
        return a._binary(b, Fraction._div, lambda x, y: x / y, False)

    def __rtruediv__(b, a):
        return b._binary(a, Fraction._div, lambda x, y: x / y, True)

    def __floordiv__(a, b):
        return a._binary(b, Fraction._floordiv, lambda x, y: x // y, False)

    def __rfloordiv__(b, a):
        return b._binary(a, Fraction._floordiv, lambda x, y: x // y, True)

    def __mod__(a, b):
        return a._binary(b, Fraction._mod, lambda x, y: x % y, False)

    def __rmod__(b, a):
        return b._binary(a, Fraction._mod, lambda x, y: x % y, True)

    def __divmod__(a, b):
        return a._binary(b, Fraction._divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._binary(a, Fraction._divmod, divmod, True)

    def __pow__(a, b):
        """a ** b: exact when b is an integral Rational, else a float."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b where b is a Fraction."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even (Python 3 semantics)."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return bool(a._numerator)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # -- comparisons --------------------------------------------------------
    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    # -- copying and pickling ---------------------------------------------
    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _register_with_numbers():
    try:
        import numbers
    except ImportError:
        return
    numbers.Rational.register(Fraction)


_register_with_numbers()
