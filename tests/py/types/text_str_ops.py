# str operators, indexing, slicing, constructor, sizes
import sys
s = "hello"
print(s + " world", s * 3, 3 * s, s * 0, repr(s * -2), s[1], s[-1], s[1:3], s[::-1], s[::2], s[-3:], s[10:], s[:-10])
u = "héllo wörld ☃ 𝄞"
print(u[1], u[-1], u[-2], u[3:8], u[::-1], u[::3], len(u), list(u[:4]))
for f in [lambda: s[5], lambda: s[-6], lambda: s["a"], lambda: s + 1, lambda: s * 1.5, lambda: 1.5 * s, lambda: s * "a", lambda: 1 in s, lambda: s[1.0], lambda: s + None]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("ell" in s, "" in s, "x" in s, "é" in u, "hello" < "help", "a" < "B", "abc" == "abc", "abc" != "abd", "Z" >= "A", "" < "a")
print(hash("abc") == hash("ab" + "c"), {"a": 1}["a"], sorted(["b", "a", "C", "é", "e"]))
print([c for c in "abc"], list(reversed("abc")), max("hello"), min("hello"))
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s * Idx(), s[Idx():])
class S:
    def __str__(self):
        return "custom"
class R:
    def __repr__(self):
        return "R()"
print(str(S()), str(R()), str(12), str(1.5), str(None), str([1, "a"]), str(), repr(str()))
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print(e)
class MyStr(str):
    pass
m = MyStr("abc")
print(m, type(m).__name__, m.upper(), type(m.upper()).__name__, m == "abc", m + "d", type(m + "d").__name__, len(m))
for x in ["", "a", "abc", "é", "éa", "☃", "☃a", "𝄞", "a" * 100]:
    print(repr(x)[:12], x.__sizeof__(), sys.getsizeof(x))
acc = ""
for i in range(1000):
    acc += str(i % 10)
print(len(acc), acc[:20], acc[-5:])
print("%s-%d-%5.2f-%x-%r-%a-%c-%%" % ("a", 42, 3.14159, 255, "q", "é", 65), "%(x)s/%(y)03d" % {"x": 1, "y": 2})
print("{} {!r} {!a} {:>6} {:^7.2f} {x[0]} {y.real}".format("s", "r", "é", "pad", 2.5, x=[9], y=3))
print(format("abc", "*^9"), format(42, "08b"), f"{'x':>4}", "{:{w}.{p}f}".format(3.14159, w=8, p=2))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print("{:abc}".format(F()), format(F(), "zz"), f"{F():q}")
for f in [lambda: "{".format(), lambda: "{0}{1}".format(1), lambda: "{:d}".format("a"), lambda: "%d" % "a", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
