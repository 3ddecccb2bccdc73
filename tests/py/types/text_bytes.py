# bytes methods and operators
b = b"Hello World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b"hello world".capitalize(), b.split(), b.split(b"o"), b.rsplit(b"o", 1), b.split(None, 1))
print(b.find(b"o"), b.find(111), b.rfind(b"o"), b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.count(108), b.count(b"l", 5), b.find(b"o", 5, 8))
print(b.replace(b"o", b"0"), b.replace(b"l", b"L", 2), b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.startswith(b"World", 6))
print(b.hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex("-", -2), bytes.fromhex("de ad BE EF"), bytearray.fromhex("0a0b"))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"  x ".lstrip(), b" x  ".rstrip(), b"-".join([b"a", bytearray(b"b"), b"c"]), b"".join([]))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True), b"k=v".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isdigit())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4), b"pre-x".removeprefix(b"pre-"), b"x.py".removesuffix(b".py"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"), bytes.maketrans(b"a", b"b")[97])
print(b + b"!", b * 2, 2 * b"ab", b"ab" * -1, b[0], b[-1], b[1:4], b[::-2], b[100:], list(b"abc"), b"el" in b, 111 in b, b"" in b)
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"b" > b"abc", hash(b"abc") == hash(b"abc"), len(b), bytes(3), bytes([1, 2, 255]), bytes(b"xy"), bytes("é", "utf-8"), bytes(range(3)), bytes())
print(b"%s %d %x %r %b %c %c" % (b"x", 5, 255, b"q", bytearray(b"ba"), 65, b"Z"), b"%(k)s" % {b"k": b"v"}, bytearray(b"%d") % 7)
print(repr(b"\x00\x7f\x80'\"\\\t\n"), repr(b"'"), repr(b"\"'"))
class BB:
    def __bytes__(self):
        return b"from-dunder"
print(bytes(BB()))
for f in [lambda: bytes(1.5), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes("x"), lambda: bytes(b"x", "utf-8"), lambda: bytes(-1),
          lambda: b"a" + "b", lambda: b"a" * 1.5, lambda: "a" in b"abc", lambda: 300 in b"abc", lambda: b"abc".find("a"), lambda: b"a".join(["x"]),
          lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: b"abc".index(b"z"), lambda: b"abc"[5], lambda: b"a".startswith("a"),
          lambda: b"x".strip("x"), lambda: b"ab".split(b""), lambda: b"a".center(5, "x"), lambda: b"ab".translate(b"x"), lambda: b"a" < "b",
          lambda: b"%d" % "x", lambda: b"%s" % "x"]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import sys
for x in [b"", b"a", b"hello", bytes(100)]:
    print(x.__sizeof__(), sys.getsizeof(x))
