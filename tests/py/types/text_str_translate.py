# maketrans / translate / format_map / encode / decode
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "three", "d": 100})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate([]))
for f in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans({1.5: 1})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map({"a": 1, "b": 2}), "{x}-{y!r}".format_map(D(x=5)))
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)
try:
    "{z}".format_map({})
except KeyError as e:
    print("KeyError", e)
s = "héllo €"
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-32-be", "UTF8", "Latin_1"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError", e)
try:
    "abc€€d".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "a".encode("nope")
except LookupError as e:
    print(e)
for b in [b"abc", b"\xff", b"a\xe2\x82", b"\xe2\x82a", b"\xc3\xa9t\xc3", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80"]:
    for err in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(b, err, repr(b.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(b, err, "UnicodeDecodeError", e)
print(b"\xe9t\xe9".decode("latin-1"), b"caf\xc3\xa9".decode(), "€".encode("utf-16").decode("utf-16"), b"\xff\xfeA\x00".decode("utf-16"))
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(str(b"abc", "utf-8"), str(b"\xe9", "latin-1"), str(b"a\xff", "utf-8", "replace"), str(bytearray(b"xy"), encoding="ascii"), str(b"abc"))
for f in [lambda: str("abc", "utf-8"), lambda: str(5, "utf-8"), lambda: str(b"\xff", "utf-8")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
