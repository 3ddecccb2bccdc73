import sys
b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj is b)
print(m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
s = m[1:4]
print(type(s).__name__, s.tobytes(), s.tolist(), len(s), s.obj is b, s.nbytes)
print(m[::2].tobytes(), m[::2].strides, m[::-1].tobytes(), m[::-1].strides, m[::2].contiguous)
print(m.hex(), m.hex(':'), m.hex('-', 2), m[1:3].hex())
print(m == b"abcdef", m == bytearray(b"abcdef"), m == b"x", m != b"abcdef", m == m, m == memoryview(b"abcdef"))
print(bytes(m), bytearray(m), bytes(m[::2]))
m[0] = 65
m[1:3] = b"XY"
print(b)
try: m[1:3] = b"XYZ"
except ValueError as e: print("VE", e)
try: m[0] = 256
except ValueError as e: print("VE", e)
try: m[0] = b"a"
except TypeError as e: print("TE", e)
try: m[0] = "a"
except TypeError as e: print("TE", e)
try: m[10]
except IndexError as e: print("IE", e)
try: m["a"]
except TypeError as e: print("TE", e)
try: m[1:3] = [1, 2]
except TypeError as e: print("TE", e)
try: b.append(1)
except BufferError as e: print("BE", e)
try: b.extend(b"xx")
except BufferError as e: print("BE", e)
try: b += b"x"
except BufferError as e: print("BE", e)
try: del b[0]
except BufferError as e: print("BE", e)
b[0] = 66  # same size is fine
print(b)
r = memoryview(b"xyz")
try:
    r[0] = 1
except TypeError as e:
    print(e)
print(hash(r) == hash(b"xyz"), r.readonly)
try: hash(m)
except ValueError as e: print("VE", e)
print(repr(m).startswith("<memory at 0x"), str(m)[:12])
print(sys.getsizeof(memoryview(b'')), sys.getsizeof(m))
with memoryview(b"abc") as w:
    print(w[1])
try: w[0]
except ValueError as e: print("VE", e)
try: len(w)
except ValueError as e: print("VE", e)
print(repr(w).startswith("<released memory at 0x"))
m.release(); m.release()
s.release()
b.append(1)
print(b)
try: m.tobytes()
except ValueError as e: print("VE", e)
try: m.readonly
except ValueError as e: print("VE", e)
try: m.obj
except ValueError as e: print("VE", e)
x = memoryview(b"\x01\x02\x03\x04\x05\x06\x07\x08")
print(x.cast('H').tolist(), x.cast('I').tolist(), x.cast('Q').tolist(), x.cast('b').tolist(), x.cast('c').tolist())
print(x.cast('L').format, x.cast('L').itemsize, x.cast('d').nbytes, len(x.cast('f')), x.cast('H')[1], x.cast('H').shape, x.cast('H').strides)
print(x.cast('d').tolist(), x.cast('f').tolist())
print(x.cast('H').cast('B').tolist())
try: x.cast('H').cast('I')
except TypeError as e: print("TE", e)
try: memoryview(b"abc").cast('H')
except TypeError as e: print("TE", e)
try: x.cast('z')
except ValueError as e: print("VE", e)
try: memoryview(12)
except TypeError as e: print("TE", e)
try: memoryview("abc")
except TypeError as e: print("TE", e)
y = memoryview(bytearray(8)).cast('H')
y[1] = 513
print(y.obj, y.tolist())
try: y[0] = 70000
except ValueError as e: print("VE", e)
try: y[0] = 1.5
except TypeError as e: print("TE", e)
print(list(memoryview(b"ab")), 98 in memoryview(b"ab"), [i for i in reversed(memoryview(b"ab"))])
print(memoryview(b"ab").toreadonly().readonly, memoryview(b"abc").tobytes('A'))
c = memoryview(b"ab").cast('c'); print(c[0], c.tolist())
try: memoryview(b"abc") < memoryview(b"abd")
except TypeError as e: print("TE", e)
print(memoryview(b"abc").cast('B', [3]).shape)
