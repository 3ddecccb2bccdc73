# str/bytes constructors, bytearray slice assignment, subclasses
for f in [lambda: str(1, 2), lambda: str(b"x", 5), lambda: str(b"x", "utf-8", 5), lambda: str(object=5), lambda: str(b"x", errors="ignore"),
          lambda: str(x=1), lambda: "".join(x for x in "abc"), lambda: "ab".encode("utf-8", "bogus"), lambda: b"\xff".decode("utf-8", "bogus"),
          lambda: b"ab".decode(encoding="ascii"), lambda: "a".join(["b"] * 3), lambda: ",".join(map(str, range(5)))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"abcdef")
ba[::-1] = b"ABCDEF"
print(ba)
ba[4:1:-1] = b"xyz"
print(ba)
ba[10:20] = b"END"
print(ba)
ba[-100:1] = b"<"
print(ba)
ba[2:4] = [49, 50, 51]
print(ba, len(ba))
del ba[::-2]
print(ba)
ba = bytearray(b"x")
ba += bytearray(b"yz")
ba.extend(bytearray(b"!"))
print(ba, ba.count(b"z"), ba.index(121), ba.rfind(b"q"))
class MB(bytes):
    pass
m = MB(b"abc")
print(type(m).__name__, m, m + b"d", type(MB.fromhex("41")).__name__, type(bytearray.fromhex("41")).__name__)
class MS(str):
    def __str__(self):
        return "MS!"
ms = MS("raw")
print(ms, str(ms), "%s" % ms, "{}".format(ms), f"{ms}", ms + "x", repr(ms))
print(b"abc".split(maxsplit=1), b"a b c".rsplit(maxsplit=1), b"a,b".split(sep=b","), b"  a ".strip(None))
print("x".center(4, "é"), "é".ljust(3, "☃"), "%5s|" % "é", "{:☃>4}".format("é"))
it = iter("ab☃")
print(next(it), next(it), next(it), list(it))
print(list(iter(b"ab")), list(reversed(b"ab")), b"".join(reversed([b"a", b"b"])))
