s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("hello".upper(), "HeLLo".lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase(), "ß".casefold())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "l1\nl2\r\nl3".splitlines())
print("-".join(["a", "b"]), "abc".replace("b", "B"), "aaa".replace("a", "b", 2), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".count("l"), "hello".index("e"))
print("abc".isalpha(), "123".isdigit(), "abc1".isalnum(), " ".isspace(), "Ab".istitle(), "ab".islower(), "AB".isupper(), "x1".isidentifier())
print("ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(5))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
print("tab\there".expandtabs(4), "prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("hello"[1:3], "hello" * 2, "ell" in "hello", "abc" < "abd", len("héllo"), "é".encode(), "a".encode("utf-16-le"))
print("abc".translate(str.maketrans("ab", "xy")), "%".join("abc"), "{}".format(1))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a".join([1])
except TypeError as e:
    print(e)
