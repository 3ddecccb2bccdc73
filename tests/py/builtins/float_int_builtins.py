print(int(), int(3.9), int(-3.9), int("42"), int(" -7 "), int("ff", 16), int("0x1f", 0), int("1_000"), int(True))
print(int("z", 36), int("0b101", 2), int(2**70 + 0.0) == 2**70)
print(float(), float(3), float("1.5"), float(" -2e3 "), float("inf"), float("-nan"), float("1_0.5"))
for bad in ("", "1.2.3", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
