# mmap over a real file: shared pages with the file, access modes, offsets,
# resize, the buffer protocol, and the article's chunked reading.
import mmap
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
try:
    p = os.path.join(d, "data.bin")
    with open(p, "wb") as f:
        f.write(b"line one\nline two\nthird line\n" + b"x" * 5000)
    size = os.path.getsize(p)

    with open(p, "r+b") as f:
        with mmap.mmap(f.fileno(), 0) as m:
            print(len(m), m.size(), m[:8], m[5], m[-1], m.readline(), m.tell())
            print(m.find(b"two"), m.find(b"line"), m.rfind(b"line"), m.find(b"nope"))
            m.seek(0)
            print(m.read(4), m.read_byte(), m.tell())
            m[0:4] = b"LINE"
            m[5] = ord("O")
            m.seek(9)
            print(m.write(b"LINE"), m.tell())
            m.flush()
            print(repr(m))
            with mmap.mmap(f.fileno(), 900, offset=mmap.ALLOCATIONGRANULARITY) as m2:
                print(len(m2), m2[:3], m2.size(), repr(m2))
        print(m.closed)
    with open(p, "rb") as f:
        print(f.read(20))

    # The map and the file share the same bytes.
    with open(p, "r+b") as f:
        m = mmap.mmap(f.fileno(), 10)
        f.write(b"abcde")
        f.flush()
        print(m[:10])
        m[5:7] = b"!!"
        f.seek(0)
        print(f.read(10))
        m.close()

    # Access modes.
    with open(p, "rb") as f:
        try:
            mmap.mmap(f.fileno(), 0)
        except PermissionError as e:
            print("PermissionError", e)
        r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        print(r[:5], repr(r)[:40])
        try:
            r.write(b"x")
        except TypeError as e:
            print("TypeError", e)
        r.close()
        c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
        c[:5] = b"ZZZZZ"
        print(c[:6])
        try:
            c.resize(10)
        except TypeError as e:
            print("TypeError", e)
        c.close()
    with open(p, "rb") as f:
        print(f.read(6))

    # The map outlives the file object; resize grows the file.
    f = open(p, "r+b")
    m = mmap.mmap(f.fileno(), 0)
    f.close()
    print(m[:5], len(m))
    m.resize(100)
    print(len(m), m.size(), os.path.getsize(p))
    print(bytes(m)[:5], memoryview(m)[1:3].tobytes())
    with memoryview(m) as v:
        v[0:2] = b"XY"
    print(m[:4])
    m.close()
    print(open(p, "rb").read(6))

    # The article's pattern: chunks of a larger file.
    big = os.path.join(d, "big.bin")
    with open(big, "wb") as f:
        f.write(bytes(range(256)) * 10000)
    total = 0
    chunks = 0
    with open(big, "r+b") as f:
        n = os.path.getsize(big)
        with mmap.mmap(f.fileno(), n) as mm:
            for i in range(0, n, 1024 * 1024):
                chunk = mm[i:i + 1024 * 1024]
                total += sum(chunk[:256])
                chunks += 1
    print(chunks, total)

    # Errors.
    e = os.path.join(d, "empty")
    open(e, "wb").close()
    with open(e, "r+b") as f:
        for args, kw in [((f.fileno(), 0), {}), ((f.fileno(), 10), {})]:
            try:
                mmap.mmap(*args, **kw)
            except ValueError as err:
                print("ValueError", err)
    with open(p, "r+b") as f:
        for kw in [dict(offset=200), dict(offset=8192), dict(offset=100, length=1), dict(offset=1, length=1)]:
            try:
                mmap.mmap(f.fileno(), kw.pop("length", 0), **kw)
            except (ValueError, OSError) as err:
                print(type(err).__name__, err)
    with open(os.path.join(d, "w"), "wb") as f:
        f.write(b"abc")
        f.flush()
        try:
            mmap.mmap(f.fileno(), 0)
        except OSError as err:
            print(type(err).__name__, err)
finally:
    shutil.rmtree(d)
