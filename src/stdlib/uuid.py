"""UUID objects (RFC 4122) and the generators uuid1/uuid3/uuid4/uuid5.

pyrite's own implementation, written from the documented behaviour.
``getnode()`` cannot read the hardware address, so it returns a random
48-bit number with the multicast bit set (what RFC 4122 prescribes when no
address is available).
"""

import os as _os
import builtins as _builtins
from enum import Enum as _Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

_int = _builtins.int
_bytes = _builtins.bytes

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


class SafeUUID(_Enum):
    """Whether a UUID was generated in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


# (bits, article) of each of the six fields, for the range errors.
_FIELD_BITS = ((32, 'a'), (16, 'a'), (16, 'a'), (8, 'an'), (8, 'an'), (48, 'a'))


class UUID:
    """An immutable 128-bit universally unique identifier.  Build it from
    exactly one of ``hex``, ``bytes``, ``bytes_le``, ``fields`` or ``int``;
    ``version`` (1-5) overwrites the variant and version bits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = sum(arg is not None for arg in (hex, bytes, bytes_le, fields, int))
        if given != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            # Accepted spellings: braces, 'urn:uuid:' prefixes, dashes anywhere.
            for prefix in ('urn:', 'uuid:'):
                hex = hex.replace(prefix, '')
            hex = ''.join(hex.strip('{}').split('-'))
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            # The first three fields are stored little-endian.
            bytes = (bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1]
                     + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            for i, (value, (bits, article)) in enumerate(zip(fields, _FIELD_BITS)):
                if not 0 <= value < (1 << bits):
                    raise ValueError('field %d out of range (need %s %d-bit value)'
                                     % (i + 1, article, bits))
            time_low, time_mid, time_hi, seq_hi, seq_low, node = fields
            int = ((time_low << 96) | (time_mid << 80) | (time_hi << 64)
                   | (((seq_hi << 8) | seq_low) << 48) | node)
        if not 0 <= int < (1 << 128):
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48)
                | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return _int((self.int >> 76) & 0xf)
        return None


_node = None


def getnode():
    """The 48-bit node number used by uuid1(): a random number with the
    multicast bit set, chosen once per process."""
    global _node
    if _node is None:
        _node = _int.from_bytes(_os.urandom(6), 'big') | (1 << 40)
    return _node


_previous_time = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the current time, a clock sequence and the node number."""
    global _previous_time
    import time
    # 100-ns intervals since 1582-10-15 (the Gregorian reform), strictly
    # increasing between calls.
    ticks = time.time_ns() // 100 + 0x01b21dd213814000
    if _previous_time is not None:
        ticks = max(ticks, _previous_time + 1)
    _previous_time = ticks
    if clock_seq is None:
        clock_seq = _int.from_bytes(_os.urandom(2), 'big') & 0x3fff
    time_low = ticks & 0xffffffff
    time_mid = (ticks >> 32) & 0xffff
    time_hi = (ticks >> 48) & 0x0fff
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi,
                        (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node),
                version=1)


def _name_bytes(name):
    # 3.11 takes str names only (bytes raise TypeError here, as there).
    return _bytes(name, 'utf-8')


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=_os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
