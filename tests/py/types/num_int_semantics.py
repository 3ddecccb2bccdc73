# int semantics
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7, -2))
print(2 ** -1, 2 ** 100, (-2) ** 3, pow(2, 10, 7), pow(3, -1, 7), pow(-3, 2, 5))
print(1 << 70, -1 >> 3, -(2**70) >> 3, (-2**70) & 0xFFFF, (-5) | 3, -5 ^ 2**65, ~(2**70))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**70 - 1).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (5).to_bytes())
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2], 'big'))
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(12345, -10))
print(int('  12_3 '), int('0x1f', 16), int('0x1f', 0), int('z', 36), int('-0b101', 0), int(3.99), int(-3.99), int(True))
print(int(b' 42 '), int('١٢٣'), int(1e20), int(2**0.5 * 1e30))
class I:
    def __index__(self): return 7
class T:  # __trunc__ delegation warns (not modelled)
    def __trunc__(self): return 9
class N:
    def __int__(self): return 11
print(int(I()), int(N()), float(I()), [10, 20, 30, 40, 50, 60, 70, 80][I()])
for bad in ['', '1.5', '12a', '_1', '1__2', '0x', ' ']:
    try: int(bad)
    except ValueError as e: print(e)
for args in [('12', 1), ('12', 37), (12, 10)]:
    try: int(*args)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for expr in ['1 // 0', '1 % 0', 'divmod(1, 0)', '1 / 0', '2**70 // 0', '1.0 / 0', '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0)', '0.0 ** -1', '0 ** -1', 'pow(2, 3, 0)', 'pow(2, -1, 4)', '1 << -1', 'int(float("nan"))', 'int(float("inf"))', 'int([])', 'pow(2.0, 3, 5)', 'int("9" * 5000)', 'str(10 ** 5000)']:
    try: print(eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)
print(True + True, ~True, -True, True & False, True | False, True ^ True, True & 1, repr(True), True * 3, True / 2)
print(hash(2**61), hash(-1), hash(2**61 - 1), hash(-2**64), hash(1.5), hash(float('inf')), hash(0.1))
print(1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > 1e308, 10**400 < float('inf'), 3 < 3.5)
import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(10**100), sys.getsizeof(True), sys.getsizeof(1.5), sys.getsizeof(1j))
print(format(255, 'x'), format(1234567, ','), f'{42:>8b}', (42).__format__(''), int.__new__(int, 5))
print(isinstance(True, int), issubclass(bool, int), type(True + 1), bool.__mro__)
