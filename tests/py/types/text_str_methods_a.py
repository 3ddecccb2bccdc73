# str case, predicates, padding
words = ["hello", "Hello World", "HELLO", "they're bill's", "ß straße", "1st place", "", "ǅemal", "ΑΣ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
    print(w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isascii(), w.isspace())
for s in ["123", "١٢٣", "²", "½", "一", "12a", "", " ", "\t\n\x1c", "abc", "a_b1", "1ab", "_", "ñ", "a b", "\x7f", "é"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isspace(), s.isalnum())
print("abc".center(9, "*"), "abc".center(8, "*"), "ab".center(7), "abc".ljust(6, "-"), "abc".rjust(6, "-"), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "x\n\ty".expandtabs(2), repr("\t".expandtabs(0)))
for f in [lambda: "a".center(5, "ab"), lambda: "a".ljust("x"), lambda: "a".upper(1), lambda: "a".center()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
print("  x  ".strip(), "xxhixx".strip("x"), "  x  ".lstrip() + "|", "|" + "  x  ".rstrip(), "\x1c a \x1f".strip(), "abcba".strip("ab"))
