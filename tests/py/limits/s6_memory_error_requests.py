# Requests the system cannot satisfy raise a bare MemoryError, as CPython's
# failed malloc does: format widths, printf star widths, shifts, and list()
# of an iterable whose length hint is too large to preallocate.
cases = [
    lambda: '{:>999999999999}'.format(1),
    lambda: format(1.5, '999999999999'),
    lambda: format('x', '^999999999999'),
    lambda: format(2j, '999999999999'),
    lambda: '{:0999999999999}'.format(7),
    lambda: '%*d' % (2**40, 1),
    lambda: 1 << (2**63),
    lambda: list(range(10**11)),
    lambda: [].extend(range(10**11)),
    lambda: [0] * (10**12),
    lambda: 'a'.ljust(10**12),
    lambda: 'a'.center(10**12, 'é'),
    lambda: '-1'.zfill(10**12),
    lambda: b'a'.rjust(10**12),
    lambda: b'a'.zfill(10**12),
    lambda: tuple(range(10**11)),
    lambda: bytes(range(10**11)),
    lambda: 'x'.join(['ab'] * 10**6).replace('x', 'y' * 10**7),
    lambda: b'x'.join([b'ab'] * 10**6).replace(b'x', b'y' * 10**7),
    lambda: [1, 2] * (2**62),
    lambda: (1, 2) * (2**62),
    lambda: bytearray(b'abc') * (2**62),
]
for i, case in enumerate(cases):
    try:
        case()
    except MemoryError as e:
        print(i, type(e).__name__, e.args)
# Lengths past ssize_t are OverflowErrors with CPython's messages.
for case in [lambda: 'abc' * (2**62), lambda: b'abc' * (2**62),
             lambda: '\t'.expandtabs(2**40), lambda: b'\t'.expandtabs(-2**31 - 1),
             lambda: 'a'.ljust(2**63)]:
    try:
        case()
    except OverflowError as e:
        print(type(e).__name__, e)
# Items are checked as they come: the first bad one stops the iteration.
for t in (bytes, bytearray):
    try:
        t(range(10**11))
    except (ValueError, MemoryError) as e:
        print(t.__name__, type(e).__name__, e)
# Constructors take the length hint once.
class Sized:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        print('  __len__')
        return 2
for t in (list, tuple, bytes, bytearray, set):
    print(t.__name__)
    t(Sized())
# Ordinary widths still work.
print('{:>10}|{:<5}|{:^7}|{:010.3f}|{:*^9}'.format(1, 'ab', 'x', 3.14159, 'é'))
print(list(range(5)), format(-3, '08'), '-5'.zfill(4), 'ab'.center(7, '*'), b'ab'.ljust(4, b'.'))
print('a\tbc\td'.expandtabs(4), b'a\tb'.expandtabs(), 'abcab'.replace('ab', 'xyz'), b'aa'.replace(b'', b'-'))
