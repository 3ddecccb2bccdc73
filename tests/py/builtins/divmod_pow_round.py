print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(2**70, 3))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 0.5), pow(-8, 1/3).real < 0)
try:
    pow(2, 10, 0)
except ValueError as e:
    print(e)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(123.456, -1), round(1234, -2), round(5))
print(round(2.5), round(3.14159, 3), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
