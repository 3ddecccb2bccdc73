# bytearray mutation and sizes
import sys
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), sys.getsizeof(ba), ba.__sizeof__())
ba.append(33)
print(ba, sys.getsizeof(ba))
ba.extend(b" world")
print(ba, sys.getsizeof(ba))
ba.extend([65, 66])
ba.extend(x for x in range(48, 51))
print(ba, sys.getsizeof(ba))
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 46)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
ba[0] = 88
ba[-1] = 89
print(ba)
ba[1:3] = b"--"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = b"START"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[-1]
del ba[::3]
print(ba)
del ba[2:5]
print(ba)
c = ba.copy()
c += b"!!"
print(c, ba, c is ba)
d = bytearray(b"ab")
e = d
d += b"cd"
print(d, e is d)
d *= 2
print(d)
d.clear()
print(d, len(d))
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") + b"y", b"x" + bytearray(b"y"), bytearray(b"ab") * 2)
x = bytearray(b"hello world")
print(x.upper(), x.split(), x.find(b"o"), x.replace(b"l", b"L"), x[0], x[1:3], x.decode(), x.hex(), x.startswith(b"he"), x.strip(b"hd"), x == b"hello world")
print(type(x.upper()).__name__, type(x[1:3]).__name__, type(x.split()[0]).__name__, type(x.partition(b" ")[0]).__name__)
for f in [lambda: bytearray(1.5), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(9), lambda: bytearray(b"a").append(256),
          lambda: bytearray(b"ab").__setitem__(0, 300), lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5),
          lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"x"), lambda: bytearray(b"ab").extend(5), lambda: bytearray(b"ab").extend("ab"),
          lambda: bytearray(b"a").insert(0, b"a"), lambda: hash(bytearray()), lambda: bytearray(b"abc")[5], lambda: bytearray(b"a").pop(5),
          lambda: bytearray("x"), lambda: bytearray(b"a") + "b"]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
g = bytearray()
sizes = []
for i in range(40):
    g.append(i)
    sizes.append(sys.getsizeof(g))
print(sizes)
for n in [0, 1, 5, 10, 100]:
    print(n, sys.getsizeof(bytearray(n)), sys.getsizeof(bytearray(b"x" * n)))
