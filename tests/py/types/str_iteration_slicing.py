s = "Pyrite"
print([c for c in s], list(enumerate(s))[:2], s[::-1], s[1::2], s[-3:])
print(sorted(s), min(s), max(s), s.lower() < s, "".join(reversed(s)))
print("a" * 0, "ab" * -1, "abc"[5:], "abc"[-10:])
try:
    s[0] = "p"
except TypeError as e:
    print(e)
print(s.count(""), "" in s, s.find(""), "x".join("abc"))
print(str.__len__(s), s.__contains__("yr"), s.__getitem__(0), s.__add__("!"))
