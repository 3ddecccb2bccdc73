class BadInt:
    def __int__(self): return 'x'
class BadIdx:
    def __index__(self): return 1.5
class SubInt(int): pass
class SubF(float): pass
for e in ['int(BadInt())', 'int(BadIdx())', 'float(BadIdx())', 'int(1j)', 'int(None)', 'int("1", base=2.0)', 'int(base=2)', 'int("12", 2)', 'int("1"*5000)']:
    try: print(eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
s = SubInt(5); print(s, type(s).__name__, s + 1, type(s + 1).__name__, int(s), type(int(s)).__name__, repr(SubInt(7)))
f = SubF(2.5); print(f, type(f).__name__, f * 2, float(f), type(float(f)).__name__, repr(SubF('1.5')))
print(int.__new__(SubInt, '12'), SubInt('0x10', 16), int(SubInt(3)) == 3)
print(True.real, True.numerator, (3).__index__(), (3).__trunc__(), (3).__floor__(), (3).__ceil__(), (3).__round__(), (-7).__abs__(), (7).__neg__())
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__add__(1.0, 2), (1).__truediv__(0.5), (2).__pow__(3, 5), 3 .__rpow__(2))
print(1 < 2 < 3, (1).__lt__(2.5), (1).__eq__('a'), 2**64 == 2.0**64, 2**64 + 1 == 2.0**64, -0.0 == 0, hash(-0.0))
print(0.1 * 3, 1 - 0.9, 100 * 1.1, 7 / 7, 10 / 4, -7 / 2, 2**1023 * 2.0, 3 // 0.5, 3 % 0.7)
print(10 ** 20 / 10 ** 10, (10 ** 400) // (10 ** 398), (10**400) / (10**399), 1 / 2**2000, 2**2000 / 2**1999)
try: 2**2000 / 1
except OverflowError as e: print(e)
try: float(2**2000)
except OverflowError as e: print(e)
print(5 .bit_length(), (1 << 100).bit_length(), -(1 << 100) >> 99, 1 << 0, 0 << 1000, (-1) << 3, 1 >> 1000, -1 >> 1000)
print(~0, ~-1, -(-5), abs(-2**100), 7 & -8, -7 | 8, 2**100 ^ 2**99, -2**100 & 2**100 - 1)
print(max(1, 2.5), min(-0.0, 0.0), max(0.0, -0.0), sum([1e100, 1.0, -1e100]), sum([2**70, 0.5]))
print(round(0.125, 2), round(0.375, 2), round(1e300, -300), round(-1.5), round(123.456, -1), round(5e-324, 400), round(2.5, 0))
print(divmod(-1, 3), divmod(1, -3), divmod(-2**70, 3), divmod(5.5, -2), divmod(-0.0, 1), divmod(1, 0.3))
print(format(10**20, ','), format(-255, '#010x'), format(1.0, ''), format(float('nan'), '>6'), f'{1e100:.3e}', f'{12345.678:_.2f}')
