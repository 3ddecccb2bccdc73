import sys
n = 2 ** 10000
print(len(str(n)), n % 1000007, n.bit_length())
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(2 ** 64 - 1, -(2 ** 63), (1 << 200) >> 198)
print(float(2 ** 1023) > 1e307)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
