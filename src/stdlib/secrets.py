"""Cryptographically strong random numbers for tokens, passwords and
similar secrets, drawn from ``os.urandom``.

pyrite's own implementation, written from the documented behaviour.
"""

import os as _os
import base64 as _base64
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

DEFAULT_ENTROPY = 32  # bytes of randomness in a token by default


def randbits(k):
    """A non-negative int with ``k`` random bits."""
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    if k == 0:
        return 0
    nbytes = (k + 7) // 8
    value = int.from_bytes(_os.urandom(nbytes), 'big')
    return value >> (nbytes * 8 - k)


def randbelow(exclusive_upper_bound):
    """A random int in ``range(exclusive_upper_bound)``."""
    n = exclusive_upper_bound
    if n <= 0:
        raise ValueError("Upper bound must be positive.")
    k = n.bit_length()
    # Rejection sampling keeps the distribution uniform.
    r = randbits(k)
    while r >= n:
        r = randbits(k)
    return r


def choice(seq):
    """A random element of the non-empty sequence ``seq``."""
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    """``nbytes`` random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text of ``2 * nbytes`` hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text (Base64 of ``nbytes`` random bytes)."""
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')


def _as_bytes(x):
    if isinstance(x, (bytes, bytearray)):
        return bytes(x)
    return memoryview(x).tobytes()


def compare_digest(a, b):
    """``a == b`` for two str (ASCII only) or two bytes-like objects, in a
    time that depends on the length only, not on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters "
                            "is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        try:
            a = _as_bytes(a)
            b = _as_bytes(b)
        except TypeError:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__)) from None
    # Every byte is visited whatever the outcome.
    diff = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        diff |= x ^ y
    return diff == 0
