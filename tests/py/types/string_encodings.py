s = "héllo wörld €"
for enc in ("utf-8", "utf-16-le", "latin-1", "ascii"):
    try:
        print(enc, s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, "error:", e)
print(s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
b = s.encode()
print(len(s), len(b), b.decode(), b.decode("latin-1"))
print("\u00e9" == "e\u0301", len("e\u0301"), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
