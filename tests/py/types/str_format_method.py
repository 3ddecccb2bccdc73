print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="N"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:+.3e} {:,} {:_x} {:#b} {:08.3f} {:.0%}".format(1234.5, 1234567, 65535, 5, -3.14159, 0.256))
print("{!r} {!s} {!a} {{}}".format("q", "q", "ü"))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2), "{0:{1}}|".format("x", 4))
print("{:=+8d}|{:=8.2f}|".format(42, -1.5))
print("{:n} {:c} {:5}|{:<5}|".format(1000, 65, True, None is None))
try:
    "{}{}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print(e)
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print(e)
