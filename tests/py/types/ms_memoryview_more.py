# memoryview: formats, slicing with steps, equality across formats, hashing, exports.
import sys
m = memoryview(b'abcd')
print(hash(memoryview(b'abcd').cast('b')) == hash(b'abcd'), hash(m[::2]) == hash(b'ac'))
print(bool(memoryview(b'ab')), bool(memoryview(b'')))
print(memoryview(object=b'x').tobytes())
try:
    memoryview()
except TypeError as e:
    print(e)
print(memoryview(b'abc').hex(bytes_per_sep=1, sep='|'))
w = memoryview(bytearray(b'abcdef'))
w[::2] = b'XYZ'
print(w.obj)
try:
    w[::2] = b'XY'
except ValueError as e:
    print(e)
try:
    w[0:2] = memoryview(b'abcd').cast('H')[:1]
except ValueError as e:
    print(e)
w[:] = w[::-1].tobytes()
print(w.obj)
try:
    del w[0]
except TypeError as e:
    print(e)
print(memoryview(b'abc')[True])
for key in (1.0, (0, 1)):
    try:
        memoryview(b'abc')[key]
    except TypeError as e:
        print(e)
ro = memoryview(bytearray(b'ab')).toreadonly()
print(ro.readonly, ro.obj)
try:
    ro[0] = 1
except TypeError as e:
    print(e)
print(memoryview(b'ab')[-2], memoryview(bytearray(b'ab')).cast('c')[0])
q = memoryview(bytearray(2)).cast('c')
q[0] = b'z'
print(q.obj)
try:
    q[0] = b'zz'
except ValueError as e:
    print(e)
d = memoryview(bytearray(8)).cast('d')
d[0] = 1.5
print(d.tolist(), d.obj)
d[0] = 3
print(d[0])
f = memoryview(bytearray(4)).cast('f')
f[0] = 0.1
print(f[0])
bb = memoryview(bytearray(1)).cast('b')
bb[0] = -1
print(bb.obj)
try:
    bb[0] = 200
except ValueError as e:
    print(e)
print(memoryview(b'ab').cast('c') == b'ab', memoryview(b'abcd').cast('H') == b'abcd')
print(memoryview(b'ab') == [97, 98], memoryview(b'ab').cast('H') == memoryview(b'ab').cast('H'))
try:
    hash(memoryview(b'abcd').cast('H'))
except ValueError as e:
    print(e)
s = memoryview(b'abc').cast('B', [3])
print(s.shape, memoryview(b'a').cast('B', shape=[1]).ndim)
# b"" + memoryview, join, bytes methods accept buffers
print(b'x' + memoryview(b'yz'), b'-'.join([memoryview(b'a'), b'b']), bytearray(b'q') + memoryview(b'r'))
# exports: views of views, release order
ba = bytearray(b'hello')
v1 = memoryview(ba)
v2 = v1[1:3]
v1.release()
try:
    ba.append(1)
except BufferError as e:
    print(e)
v2.release()
ba.append(33)
print(ba)
v3 = memoryview(ba)
del v3
ba.extend(b'!!')
print(ba, sys.getsizeof(memoryview(b'')), memoryview(b'abc').__sizeof__())
print(type(iter(memoryview(b'a'))).__name__ in ('memory_iterator', 'iterator'), list(memoryview(b'xy').cast('c')))
print(memoryview.__name__, type(memoryview(b'')) is memoryview)
