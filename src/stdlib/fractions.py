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


def _single_value_ratio(value):
    """(numerator, denominator, needs reducing) for Fraction(value)."""
    if type(value) is int:
        return value, 1, False
    if isinstance(value, str):
        parsed = _parse(value)
        if parsed is None:
            raise ValueError('Invalid literal for Fraction: %r' % value)
        return parsed[0], parsed[1], True
    if isinstance(value, Fraction) or _is_rational(value):
        return value.numerator, value.denominator, False
    if isinstance(value, float) or hasattr(value, 'as_integer_ratio'):
        top, bottom = value.as_integer_ratio()
        return top, bottom, False
    raise TypeError('argument should be a string or a Rational instance')


def _pair_ratio(top, bottom):
    if type(top) is int and type(bottom) is int:
        return top, bottom
    if _is_rational(top) and _is_rational(bottom):
        # (a/b) / (c/d) == (a*d) / (b*c)
        return (top.numerator * bottom.denominator,
                bottom.numerator * top.denominator)
    raise TypeError('both arguments should be Rational instances')


class Fraction:
    """Exact rational number numerator/denominator, always kept in lowest
    terms with a positive denominator.

    Built from two Rationals, or from one int, Rational, float, Decimal or
    string such as '3/7', ' -.125 ' or '1e-3'."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            top, bottom, reduce_it = _single_value_ratio(numerator)
        else:
            top, bottom = _pair_ratio(numerator, denominator)
            reduce_it = _normalize
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        if reduce_it:
            common = math.gcd(top, bottom)
            if bottom < 0:
                common = -common
            top //= common
            bottom //= common
        obj = object.__new__(cls)
        obj._numerator, obj._denominator = top, bottom
        return obj

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f as a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if isinstance(f, float):
            return cls(*f.as_integer_ratio())
        raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                        % (cls.__name__, f, type(f).__name__))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal as a Fraction."""
        if isinstance(dec, int):
            return cls(dec)
        if hasattr(dec, 'as_integer_ratio'):
            return cls(*dec.as_integer_ratio())
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self among those whose denominator does
        not exceed max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents h/k of self until the next
        # denominator would be too big; the answer is the last convergent or
        # the largest admissible semiconvergent after it.
        h_prev, k_prev, h, k = 1, 0, 0, 1
        rest_n, rest_d = self._numerator, self._denominator
        while True:
            term = rest_n // rest_d
            k_next = k + term * k_prev
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h + term * h_prev, k_next, h_prev, k_prev
            rest_n, rest_d = rest_d, rest_n - term * rest_d
        steps = (max_denominator - k) // k_prev
        semi = Fraction(h + steps * h_prev, k + steps * k_prev)
        conv = Fraction(h_prev, k_prev)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%d, %d)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        n, d = self._numerator, self._denominator
        return '%d' % n if d == 1 else '%d/%d' % (n, d)

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

    def __int__(self):
        whole = abs(self._numerator) // self._denominator
        return whole if self._numerator >= 0 else -whole

    def __trunc__(self):
        return int(self)

    def __floor__(self):
        return divmod(self._numerator, self._denominator)[0]

    def __ceil__(self):
        return -divmod(-self._numerator, self._denominator)[0]

    def __round__(self, ndigits=None):
        """round(): halves go to the even neighbour."""
        if ndigits is None:
            below, extra = divmod(self._numerator, self._denominator)
            twice = 2 * extra
            if twice > self._denominator or (twice == self._denominator and below % 2):
                return below + 1
            return below
        # Scale so that the wanted digit is the units digit, round, scale back.
        scale = Fraction(10) ** ndigits
        return Fraction(round(self * scale)) / scale

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        # The numeric hash of n/d: (|n| * d^-1) mod P, with sign; a
        # denominator divisible by P hashes like infinity.
        modulus = _HASH_MODULUS
        if self._denominator % modulus == 0:
            value = _HASH_INF
        else:
            value = abs(self._numerator) % modulus * pow(self._denominator, modulus - 2,
                                                         modulus) % modulus
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    # -- comparisons --------------------------------------------------------
    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if _is_rational(other):
            return (self._numerator, self._denominator) == (other.numerator,
                                                            other.denominator)
        if isinstance(other, complex):
            if other.imag:
                return NotImplemented
            other = other.real
        if isinstance(other, float):
            if not math.isfinite(other):
                return other == 0.0     # False for nan and infinities
            return self == Fraction(*other.as_integer_ratio())
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, float):
            if not math.isfinite(other):
                # Any finite value compares with inf/nan as 0.0 does.
                return op(0.0, other)
            other = Fraction(*other.as_integer_ratio())
        elif not _is_rational(other):
            return NotImplemented
        return op(self._numerator * other.denominator,
                  other.numerator * self._denominator)

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
        return type(self), self.as_integer_ratio()

    def _same_or_copy(self):
        # Fractions are immutable; only subclasses (which may carry more
        # state) get a fresh object.
        if type(self) is Fraction:
            return self
        return type(self)(*self.as_integer_ratio())

    def __copy__(self):
        return self._same_or_copy()

    def __deepcopy__(self, memo):
        return self._same_or_copy()


def _register_with_numbers():
    try:
        import numbers
    except ImportError:
        return
    numbers.Rational.register(Fraction)


_register_with_numbers()
