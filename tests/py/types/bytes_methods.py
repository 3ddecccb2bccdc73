b = b"Hello World"
print(b.lower(), b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.hex(), bytes.fromhex("48 69"), b.decode(), b[0:5], b[::-1])
print(b"-".join([b"a", b"b"]), b.strip(b"Hd"), b"  x ".strip(), b"a,b".split(b","), b.isalpha(), b"12".isdigit())
print(b"%s=%d" % (b"x", 5), b"abc" + bytearray(b"d"), bytearray(b"abc") + b"d")
ba = bytearray(b"abcdef")
del ba[0]
ba[0:2] = b"XYZ"
ba.insert(0, 33)
print(ba, ba.pop(), ba, ba.decode())
ba.reverse()
print(ba, ba.find(b"Z"), ba.hex(":"))
try:
    b"x" + "y"
except TypeError as e:
    print(e)
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(b"caf\xc3\xa9".decode("utf-8"), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
