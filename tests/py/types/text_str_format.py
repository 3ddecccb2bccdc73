# str % and str.format corner cases
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 3
class Fl:
    def __float__(self):
        return 2.5
print("%x %o %c %d" % (I(), I(), I(), I()))
print("%d" % N() if False else "skip-int")
print("%f %e %g" % (Fl(), Fl(), Fl()))
print("%5s|%-5s|%.2s|%*d|%-*d|%.*f" % ("ab", "ab", "abcdef", 4, 7, 4, 7, 2, 3.14159))
print("%+d % d %05d %#x %#o %#X %e %E %G" % (5, 5, -42, 255, 8, 255, 12345.678, 0.000123, 1e20))
print("%s %r %a" % ([1, "x"], "é", "é"), "%%", "%c%c" % ("a", 0x263A))
print("%(a)s %(b)r %(a)s" % {"a": 1, "b": "two"})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
for f in [lambda: "%d" % "x", lambda: "%x" % 1.5, lambda: "%c" % "ab", lambda: "%c" % -1, lambda: "%(a)s" % (1,), lambda: "%(a)s" % {},
          lambda: "%z" % 1, lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%" % (), lambda: "%f" % "x", lambda: "%d" % N()]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class P:
    x = 5
    items = [10, 20]
    def __getitem__(self, k):
        return "item-" + str(k)
p = P()
print("{0.x} {0.items[1]} {0[key]} {0[3]}".format(p))
print("{:>{w}} {:<{w}}|".format("a", "b", w=4), "{0:{1}}|".format("x", 5), "{!r:>8}".format("q"))
print("{:,} {:_} {:.3%} {:e} {:+.2f} {:x} {:#b} {:c} {:08.3f} {:=+8d}".format(1234567, 1234567, 0.1234, 12345.6789, 3.14159, 255, 5, 97, -3.14159, 42))
print("{{}} {{{0}}}".format("lit"), "{0}{0}{1}".format("a", "b"), "{}{}".format(1, 2))
print(format(3.5), format("x"), format(42, ""), format("abc", "<5") + "|", format(True), format(None), format([1]))
for f in [lambda: "{0}{}".format(1, 2), lambda: "{}{0}".format(1, 2), lambda: "{a}".format(), lambda: "{0[}".format(1), lambda: "}".format(),
          lambda: "{!x}".format(1), lambda: format([1], "x"), lambda: "{:x}".format("s"), lambda: "{0.nope}".format(1), lambda: "{5}".format(1),
          lambda: format("a", "d"), lambda: format(1, "s")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x, y = 3, "q"
print(f"{x!r} {y!r} {x:>3} {x*2} {y + y} {'nested'} {x:{x}}", f"{3.14159:.{x}f}", f"{x=}", f"{y=!s}")
