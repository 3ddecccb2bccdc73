# dunder methods called directly, reprs, encode defaults
import sys
s = "abc"
print(s.__len__(), s.__contains__("b"), s.__getitem__(1), s.__add__("d"), s.__mul__(2), s.__rmul__(2), s.__mod__(()), s.__rmod__(1), s.__eq__(1), s.__lt__("b"))
print(str.upper("x"), str.join(",", "ab"), str.__add__("a", "b"))
try:
    str.upper(1)
except TypeError as e:
    print(e)
print("a".__hash__() == hash("a"), "x".__format__(""), "x".__format__(">3"), "x".__str__(), "x".__repr__(), "x".__getnewargs__())
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\n\t\x00\x7f\u200b"), ascii("héllo☃𝄞"))
print("abc".encode(), "abc".encode("ascii"), "é".encode(encoding="latin-1"), "é".encode(errors="strict"))
print(int("  12  "), float(" 1.5 "), str(b"x"), str(bytearray(b"y")), repr(bytearray()), repr(bytearray(b"a'b")))
print(list(map(str.strip, [" a ", "b "])), sorted(["b", "A", "c"], key=str.lower))
print("abc"[True], "x" * True, "x" * False)
print("%.3s|%5.1s|" % ("abcdef", "xyz"), "%-6.2f|" % 3.14159, "%i" % 3.99, "%d" % 2.7, "%s" % True, "%d" % True)
print("{0!s:>5}|{0!r:<6}|".format("ab"), "{:^10.3}|".format("abcdef"), "{:=^9}".format("x"), "{:\u2603^5}".format(1))
d = {}
for w in "the quick brown the lazy the".split():
    d[w] = d.get(w, 0) + 1
print(d)
