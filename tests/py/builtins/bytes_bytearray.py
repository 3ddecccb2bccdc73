print(bytes(), bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(b"x"))
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray("é", "latin-1"))
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"!!")
print(ba, len(ba), ba[1], ba[1:3], bytes(ba))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes("x")
except TypeError as e:
    print(e)
try:
    ba[0] = 300
except ValueError as e:
    print(e)
print(b"abc"[0], b"abc"[-1:], list(b"hi"), b"a" + b"b", b"ab" * 2)
