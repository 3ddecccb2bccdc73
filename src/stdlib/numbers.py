"""The numeric tower of PEP 3141 as abstract base classes: Number, Complex,
Real, Rational, Integral (complex, float and int are registered).

pyrite's own implementation.  The classes are built by _tower_class from
lists of the operations each level requires (created as abstract stubs)
plus the few methods each level derives from the others.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _stub(level, name, arity):
    """An abstract method taking `arity` arguments (self included)."""
    if arity == 1:
        def method(self):
            raise NotImplementedError
    else:
        def method(self, other):
            raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = level + '.' + name
    return abstractmethod(method)


def _abstract_property(level, name):
    return property(_stub(level, name, 1))


def _tower_class(name, base, doc, unary=(), binary=(), properties=(), derived=()):
    namespace = {'__module__': __name__, '__doc__': doc, '__slots__': ()}
    for op in unary:
        namespace[op] = _stub(name, op, 1)
    for op in binary:
        namespace[op] = _stub(name, op, 2)
    for attr in properties:
        namespace[attr] = _abstract_property(name, attr)
    for func in derived:
        target = func.fget if isinstance(func, property) else func
        if isinstance(target, staticmethod):
            target = target.__func__
        target.__qualname__ = name + '.' + target.__name__
        namespace[target.__name__] = func
    return ABCMeta(name, (base,), namespace)


class Number(metaclass=ABCMeta):
    """Base of every number type; isinstance(x, Number) tells whether x is
    a number of any kind."""

    __slots__ = ()
    __hash__ = None


# -- Complex ----------------------------------------------------------------
def __bool__(self):
    return self != 0


def __sub__(self, other):
    return self + -other


def __rsub__(self, other):
    return -self + other


def _complex_pow(self, exponent):
    raise NotImplementedError


def _complex_rpow(self, base):
    raise NotImplementedError


_complex_pow.__name__ = '__pow__'
_complex_rpow.__name__ = '__rpow__'

Complex = _tower_class(
    'Complex', Number,
    'The operations of the built-in complex type: complex(), .real, .imag,\n'
    '    + - * / ** with their reflections, abs(), .conjugate() and ==.\n    ',
    unary=('__complex__', '__neg__', '__pos__', '__abs__', 'conjugate'),
    binary=('__add__', '__radd__', '__mul__', '__rmul__', '__truediv__',
            '__rtruediv__', '__eq__'),
    properties=('real', 'imag'),
    derived=(__bool__, __sub__, __rsub__,
             abstractmethod(_complex_pow), abstractmethod(_complex_rpow)))
Complex.register(complex)


# -- Real -------------------------------------------------------------------
def __complex__(self):
    return complex(float(self))


def real(self):
    return +self


def imag(self):
    return 0


def conjugate(self):
    return +self


def __divmod__(self, other):
    return (self // other, self % other)


def __rdivmod__(self, other):
    return (other // self, other % self)


def _round(self, ndigits=None):
    raise NotImplementedError


_round.__name__ = '__round__'

Real = _tower_class(
    'Real', Complex,
    'Complex restricted to real numbers, adding float(), trunc(), floor(),\n'
    '    ceil(), round(), //, %, divmod() and ordering; .real, .imag,\n'
    '    .conjugate() and complex() get default implementations.\n    ',
    unary=('__float__', '__trunc__', '__floor__', '__ceil__'),
    binary=('__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'),
    derived=(abstractmethod(_round), __complex__, property(real), property(imag),
             conjugate, __divmod__, __rdivmod__))
Real.register(float)


# -- Rational ---------------------------------------------------------------
def __float__(self):
    # Convert the parts first so that huge values divide exactly-rounded.
    return int(self.numerator) / int(self.denominator)


Rational = _tower_class(
    'Rational', Real,
    'A ratio numerator/denominator of integers, kept in lowest terms.',
    properties=('numerator', 'denominator'),
    derived=(__float__,))


# -- Integral ---------------------------------------------------------------
def _integral_float(self):
    return float(int(self))


def __index__(self):
    return int(self)


def numerator(self):
    return +self


def denominator(self):
    return 1


def _modular_pow(self, exponent, modulus=None):
    raise NotImplementedError


_integral_float.__name__ = '__float__'
_modular_pow.__name__ = '__pow__'

Integral = _tower_class(
    'Integral', Rational,
    'Whole numbers: int(), operator.index(), three-argument pow() and the\n'
    '    bitwise operators.\n    ',
    unary=('__int__', '__invert__'),
    binary=('__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__',
            '__rand__', '__xor__', '__rxor__', '__or__', '__ror__'),
    derived=(abstractmethod(_modular_pow), __index__, _integral_float,
             property(numerator), property(denominator)))
Integral.register(int)

del (__bool__, __sub__, __rsub__, __complex__, real, imag, conjugate, __divmod__,
     __rdivmod__, __float__, __index__, numerator, denominator, _round, _complex_pow,
     _complex_rpow, _integral_float, _modular_pow)


def _register_fraction():
    import sys
    fractions = sys.modules.get('fractions')
    if fractions is not None and hasattr(fractions, 'Fraction'):
        Rational.register(fractions.Fraction)


_register_fraction()
