print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(b"h\xc3\xa9", "utf-8"))
print(str("x"), str(True), str({1: 2}), str(-0.0), str(1e100))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", "latin-1"))
