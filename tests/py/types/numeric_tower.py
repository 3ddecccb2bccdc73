from fractions import Fraction
from decimal import Decimal
print(1 + 2.0, type(1 + 2.0).__name__, 2 * True, 3 / 1, type(3 // 1).__name__, 1 + 1j)
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.25"), Fraction(3, 4) * 2, float(Fraction(1, 8)))
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("1.10") * 3)
print(1 == 1.0 == Fraction(1) == Decimal(1), 0.5 == Fraction(1, 2))
print(int(7.9), int(-7.9), round(7.5), round(-7.5), 7.0 // 2, 7 % 2.5, -7 // 2.0)
