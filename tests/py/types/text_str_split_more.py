# split/rsplit/strip corner cases
cases = ["a b  c", "  lead", "trail  ", "", "   ", "one", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l"]
for c in cases:
    print(repr(c), c.split(), c.rsplit(), c.split(None, 1), c.rsplit(None, 1), c.split(None, 0), c.rsplit(None, 0), c.split(" "), c.rsplit(" ", 1))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b".split(",", 0), "a,b".split(",", -5), "a::b::c".split("::"), ",a,".split(","), "abab".rsplit("ab"))
print("a,b".split(sep=","), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "x".split(sep=None))
print("xyzzyx".strip("xy"), "xyzzyx".lstrip("xy"), "xyzzyx".rstrip("xy"), "abc".strip(""), "  a  ".strip(None))
for f in [lambda: "a".split(1), lambda: "a".strip(1), lambda: "a".split(",", "x"), lambda: "a".rsplit(""), lambda: "a".split(",", 1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("ab\ncd\r\n\nef\r".splitlines(), "ab\ncd\r\n\nef\r".splitlines(keepends=True), "x\u2029y\u2028z".splitlines())
print("abc".startswith(("a", "z")), "abc".endswith(("c",), 0, 2), "abc".endswith("b", 0, 2), "abc".startswith("b", -2), "abc".startswith("", 3), "".startswith(""))
print("hello"[1:4:2], "hello"[-1:-4:-1], "hello"[4:1:-2], "hello"[::-3], "hello"[1:1], "hello"[3:1], "héllo"[-3:], "héllo"[::-2], "héllo"[1:100])
s = "𝄞a☃b"
print(len(s), s[0], s[1], s[2], s[3], s[-4], [c for c in s], s.find("☃"), s.index("b"), "☃" in s, s[::-1])
long = "é" + "a" * 200 + "☃" + "b" * 200
print(long[0], long[150], long[201], long[202], long[-1], long[200:203], long.find("☃"), long.rfind("a"), long.count("b"), len(long[5:300]))
