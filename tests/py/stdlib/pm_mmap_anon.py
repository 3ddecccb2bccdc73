# mmap over anonymous memory: sequence protocol, file-like methods, reprs.
import mmap
import sys

m = mmap.mmap(-1, 13)
print(repr(m), len(m), m.tell())
print(m.write(b"Hello world!"), m.tell())
m.seek(0)
print(m.readline(), m[:], m[0], m[-2], m[1:-1], m[::-1][:5], m[::3])
print(m.find(b"o"), m.find(b"o", 5), m.rfind(b"o"), m.find(b"o", -4), m.find(b"zz"), m.find(b""), m.rfind(b""))
print(m.find(b"l", 3, 2), m.rfind(b"l", 0, 3))
m[0] = ord("J")
m[6:11] = b"WORLD"
m[::4] = b"123\x00"
print(m[:], list(m)[:3], b"W" in m, b"Q" in m, type(iter(m)).__name__)
m.seek(2)
print(m.read(3), m.read_byte(), m.tell())
m.seek(-2, 2)
print(m.tell(), m.read(), m.read(), m.tell())
m.seek(-3, 1)
print(m.tell())
m.move(0, 6, 5)
print(m[:])
m.seek(0)
m.write_byte(ord("z"))
print(m[:2], m.tell())
m.resize(20)
print(len(m), m[13:])
print(sys.getsizeof(m), m.__sizeof__(), type(m).__module__, mmap.mmap.__name__)
print(m.closed)
with m:
    pass
print(m.closed, repr(m))

with mmap.mmap(-1, 6, access=mmap.ACCESS_READ) as r:
    print(repr(r), r[:])
with mmap.mmap(-1, 6, access=mmap.ACCESS_COPY) as c:
    c[:3] = b"abc"
    print(repr(c), c[:])
with mmap.mmap(-1, 6, prot=mmap.PROT_READ) as p:
    print(repr(p))
with mmap.mmap(-1, 6, prot=mmap.PROT_WRITE) as p:
    print(repr(p))

class Sub(mmap.mmap):
    pass

s = Sub(-1, 3)
s.tag = "x"
print(repr(s), s.tag, isinstance(s, mmap.mmap))
s.close()

print(mmap.error is OSError, mmap.PAGESIZE % 4096, mmap.ALLOCATIONGRANULARITY == mmap.PAGESIZE)
print(mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANONYMOUS, mmap.PROT_READ, mmap.PROT_WRITE, mmap.PROT_EXEC)
