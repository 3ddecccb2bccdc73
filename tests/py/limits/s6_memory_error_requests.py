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
]
for i, case in enumerate(cases):
    try:
        case()
    except MemoryError as e:
        print(i, type(e).__name__, e.args)
# Ordinary widths still work.
print('{:>10}|{:<5}|{:^7}|{:010.3f}|{:*^9}'.format(1, 'ab', 'x', 3.14159, 'é'))
print(list(range(5)), format(-3, '08'))
