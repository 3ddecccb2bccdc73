# struct: pack/unpack in every byte order, native alignment, range and type
# errors with their messages, pack_into/unpack_from offsets, iter_unpack,
# Struct objects, half floats (e) rounding.
import struct
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
for fmt,v in [('b',200),('B',-1),('h',40000),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1),('<i',2**31),('<I',-1),('<l',2**31),('<q',2**63),('<Q',2**64),('n',2**63),('N',-1),('<n',1),('P',-1),('e',1e10),('f',1e300),('<f',1e300),('d','x'),('i','x'),('i',1.5),('c',b'ab'),('c','a'),('s','a'),('?',[]),('x',1), ('b', True), ('2s', bytearray(b'abc')), ('p', b'hello'), ('3p', b'hello'),('I',2**33),('<I',2**33),('<H',-1),('<H',70000),('<h',40000),('<b',200),('<B',300),('<B',-1),('i',-2**63-1),('<i',-2**63-1),('<L',2**40),('L',2**64),('>?',2), ('<c', b'a'), ('e', 1e-10), ('<e', 65519.99), ('f', float('inf')), ('<f', float('nan')), ('P', 2**64), ('P', -2**63-1), ('b', 2**70), ('d', 2**2000), ('d', 10), ('>e', -0.0), ('P', 2**200)]:
    t(struct.pack, fmt, v)
t(struct.pack, 'ii', 1)
t(struct.pack, 'i')
t(struct.unpack, 'i', b'abc')
t(struct.unpack, 'ii', b'abc')
t(struct.unpack_from, 'i', b'abcdefghij', 8)
t(struct.unpack_from, 'i', b'abcdefghij', -20)
t(struct.unpack_from, 'i', b'abcdefghij', -2)
t(struct.unpack_from, 'i', b'abcdefghij', -4)
t(lambda: struct.unpack_from('i', buffer=b'abcdefghij', offset=2))
t(struct.iter_unpack, 'i', b'abc')
t(lambda: (type(struct.iter_unpack('x0s', b'abc')).__name__, list(struct.iter_unpack('x0s', b'abc'))))
for f in ['z','3','@ci','ci','<ci','c i','3 i','qcP?ed0i','999999999999999999999i','<n','q0q','ci0l','',' i ','<>i','i<']:
    t(struct.calcsize, f)
t(struct.pack_into, 'i', bytearray(10), 8, 1)
t(struct.pack_into, 'i', b'0123456789', 0, 1)
t(struct.pack_into, 'i', bytearray(10), -2, 1)
t(struct.pack_into, 'i', bytearray(10), -20, 1)
b = bytearray(10); struct.pack_into('<hh', b, 3, 1, -1); print(b)
b = bytearray(10); struct.pack_into('<h', b, -2, 5); print(b)
t(struct.unpack, '<hHiIqQ?cx3s2pefd', struct.pack('<hHiIqQ?cx3s2pefd', -2, 3, -4, 5, -6, 7, 9, b'z', b'ab', b'xyz', 1.5, 1/3, 1/3))
t(struct.unpack, '>hHiIqQ?cx3s2pefd', struct.pack('>hHiIqQ?cx3s2pefd', -2, 3, -4, 5, -6, 7, 9, b'z', b'ab', b'xyz', 1.5, 1/3, 1/3))
t(struct.unpack, 'bhilqnNPLQ', struct.pack('bhilqnNPLQ', -1, -2, -3, -4, -5, -6, 7, 8, 2**64-1, 2**63))
print(struct.Struct('<i').format, struct.Struct(b'<i').format, struct.Struct('<2i').size)
s=struct.Struct('>HH'); print(s.pack(1,2), s.unpack(b'\x00\x01\x00\x02'), list(s.iter_unpack(b'\x00\x01\x00\x02'*2)))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00'); print(it.__length_hint__(), next(it), list(it))
print(struct.pack('>e', 65504.0), struct.unpack('<e', b'\x00\x7c'), struct.pack('<e', 0.1))
t(struct.pack, '<e', 65520.0)
print(struct.pack('i', True), struct.pack('?', 'x'), struct.pack('f', 2), struct.pack('>d', float('nan')))
class I:
    def __index__(self): return 7
print(struct.pack('b', I()))
t(struct.pack, 'i', 1, 2)
print(type(struct.error), struct.error.__module__, struct.error.__mro__)
print(repr(struct.Struct("i"))[:24])
t(struct.Struct, 1)
t(struct.pack, 1, 1)
print(struct.unpack('@?', b'\x02'), struct.unpack('<?', b'\x02'))
print(struct.pack('5s', b'ab'), struct.pack('0s', b'ab'), struct.pack('1p', b'ab'), struct.unpack('3p', b'\x05abcd'[:3]))
print(struct.pack('=l', 1), struct.calcsize('=l'), struct.calcsize('l'), struct.calcsize('!q'))
print(struct.pack('>Q', 2**64-1), struct.pack('<q', -2**63))
print(struct.unpack('<i', memoryview(b'\x01\x00\x00\x00')), struct.unpack('<i', bytearray(b'\x01\x00\x00\x02')))
t(struct.unpack, 'i', 'abcd')
for bits in range(0, 65536, 997):
    v = struct.unpack('<e', bits.to_bytes(2, 'little'))[0]
    if v == v: assert struct.pack('<e', v) == bits.to_bytes(2, 'little'), bits
import random
random.seed(3)
out = []
for _ in range(2000):
    x = random.uniform(-70000, 70000) * random.choice([1, 1e-3, 1e-6, 1e-9])
    try: out.append(struct.pack('<e', x))
    except OverflowError: out.append(None)
print(sum(sum(b) if b else 1000 for b in out), out.count(None))
print(struct.pack(b'<h', 1), struct.unpack(b'<h', b'\x01\x00'))
