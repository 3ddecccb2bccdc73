import sys
x = 1 << 10**7
for f in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ",")):
    try: f(x)
    except ValueError as e: print(e)
y = 10**4299
print(len(str(y)))
try: str(10**4300)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0)
print(len(str(1 << 100000)))
