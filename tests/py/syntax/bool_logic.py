print(True and False, True or False, not True)
print(0 or 5, 3 and 4, [] or {}, "" and "x", None or [])
print(bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(set()), bool(None))
print(bool(1), bool(-1), bool(" "), bool([0]), bool((0,)), bool(0.1))
def t(x):
    print("t", x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(2) and t(0) and t(3))
