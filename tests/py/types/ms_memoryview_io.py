import io, os, tempfile
mv = memoryview(b'hello world')
b = io.BytesIO()
print(b.write(mv), b.getvalue())
print(io.BytesIO(mv).read())
p = os.path.join(tempfile.gettempdir(), 'ms_mv_test.bin')
with open(p, 'wb') as f:
    print(f.write(mv[6:]))
with open(p, 'rb') as f:
    print(f.read())
ba = bytearray(5)
with open(p, 'rb') as f:
os.remove(p)
print(int.from_bytes(memoryview(b'\x01\x00'), 'little'), str(memoryview(b'abc'), 'ascii'))
print(b'hello'.startswith(memoryview(b'he')), bytearray(b'abc').find(memoryview(b'c')), b'abc'.replace(memoryview(b'b'), b'X'))
print(bytes(memoryview(bytearray(b'xyz'))[::-1]), list(memoryview(b'\x00\xff').cast('b')))
import sys
x = bytearray(b'12345')
print(sys.getrefcount(x))
m = memoryview(x)
print(sys.getrefcount(x))
m.release()
print(sys.getrefcount(x))
