# str search, split, join, replace, partition
s = "hello world hello"
print(s.find("o"), s.find("o", 5), s.find("o", 5, 7), s.find("zz"), s.rfind("hello"), s.rfind("o", 0, 5), s.find(""), s.find("", 100))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("l", 3), s.count("l", 3, -3), s.count(""), "aaaa".count("aa"))
print("héllo wörld".find("w"), "héllo wörld".count("l", 2), "日本語".find("語"), "日本語".rfind("本", -2))
for f in [lambda: s.index("zz"), lambda: s.rindex("zz"), lambda: s.find(1), lambda: s.count(None), lambda: s.find("a", "b")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(s.startswith("hello"), s.startswith(("x", "hel")), s.endswith("llo"), s.startswith("world", 6), s.endswith("o", 0, 5), s.startswith("", 17), s.startswith("", 18))
try:
    s.startswith(1)
except TypeError as e:
    print(e)
print("a,b,,c".split(","), "a,b,,c".split(",", 1), " a  b c ".split(), " a  b c ".split(None, 1), "a b c".rsplit(None, 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("a\u3000b\x1cc".split(), "  ".split(" "), "abc".split("abc"))
try:
    "a".split("")
except ValueError as e:
    print(e)
print("l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\u2028l8\x85".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(("q",)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "-".join(5)
except TypeError as e:
    print(e)
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"), "aaa".replace("a", "", -1))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
try:
    "a".partition("")
except ValueError as e:
    print(e)
