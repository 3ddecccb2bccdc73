b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], bytes(m[1:3]), len(m), m.readonly, m.nbytes, m.format, m.itemsize)
m[0] = 65
print(b, m.tobytes(), m.tolist()[:3])
r = memoryview(b"xyz")
try:
    r[0] = 1
except TypeError as e:
    print(e)
m.release()
try:
    m[0]
except ValueError as e:
    print(e)
