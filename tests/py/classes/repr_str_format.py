class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], f"{m}", f"{m!r}", f"{m:c}", f"{m:>10}|")
print("%s %r" % (m, m), "{} {!r} {:c}".format(m, m, m))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class Plain:
    pass
print(format(Plain(), "") == str(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
