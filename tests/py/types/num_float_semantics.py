# float semantics
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), divmod(7, 2.5), -0.0 % 5, 0.0 % -5)
print(2.0 ** 0.5, (-8.0) ** (1 / 3), (-2.0) ** 2, 2 ** -1.0, 1e308 * 10, -1e308 * 10, 10.0 ** -400)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0 * 1000, 1.5e300, float('-inf'), float('nan'))
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer(), (0.1).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'))
print((2.5).conjugate(), (2.5).real, (2.5).imag, round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5, -2), round(0.5), type(round(2.5)), round(2.5, None))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__())
print(float(' 1_0.5 '), float('inf'), float('-Infinity'), float('nan'), float(b'1.5'), float(7), float(2**70), float(True), float('  -1e3\n'))
class F:
    def __float__(self): return 2.5
print(float(F()), 1.0 == 1, 0.1 == 1/10, 1e308 < 10**309, float(2**53 + 1), -0.0, 0.0 == -0.0)
for bad in ['abc', '1.5.5', '', '1_', 'inf inity']:
    try: float(bad)
    except ValueError as e: print(e)
for bad in [[], 1j, None]:
    try: float(bad)
    except TypeError as e: print(e)
try: float(10**400)
except OverflowError as e: print(e)
try: round(float('inf'))
except OverflowError as e: print(e)
try: round(float('nan'))
except ValueError as e: print(e)
try: (-1.0) ** 0.5 + 0
except Exception as e: print(type(e).__name__, e)
print((-1.0) ** 0.5)
try: 10.0 ** 400
except OverflowError as e: print(e)
print(format(3.14159, '.2f'), format(1e20, 'g'), f'{2.5:08.3f}', format(0.5, '%'), str(1e22), repr(1e-7), (1.5).__format__(''))
print(sum([0.1] * 10), sum([1, 2.5]), sum([], 0.0), sum(range(5), 10), sum([[1], [2]], []))
try: sum(['a', 'b'], '')
except TypeError as e: print(e)
print(abs(-2.5), abs(-0.0), -(0.0), +(-0.0), 5.0.__sizeof__(), (1.0).__getnewargs__(), float.__getformat__('double'))
print(1.5 < 2, 2 > 1.5, 1.0 != 1, float('nan') == float('nan'), float('nan') != float('nan'), 2**1000 > 1e300)
print(hash(1.0) == hash(1), hash(-0.0), hash(1e100) == hash(int(1e100)), float.__new__(float, '2'))
