"""Packing Python values into C-layout bytes and back.

The conversions are native (`_struct`); this module adds the `Struct`
class, which keeps a compiled format, and the iterator of iter_unpack.
"""

from _struct import calcsize, pack, pack_into, unpack, unpack_from, error, _clearcache
from _struct import _iter_unpack

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]


class unpack_iterator:
    """Iterator over the records of a buffer, one tuple each."""

    def __init__(self, records):
        self._records = records
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        i = self._index
        if i >= len(self._records):
            raise StopIteration
        self._index = i + 1
        return self._records[i]

    def __length_hint__(self):
        return len(self._records) - self._index


unpack_iterator.__module__ = '_struct'


def iter_unpack(format, buffer, /):
    return unpack_iterator(_iter_unpack(format, buffer))


class Struct:
    """A compiled struct format: Struct(format)."""

    __slots__ = ('_format', '_size', '__weakref__')

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, '
                            f'not {type(format).__name__}')
        self._size = calcsize(format)
        self._format = format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer, /):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._format, buffer)


Struct.__module__ = '_struct'
