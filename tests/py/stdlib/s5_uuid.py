import uuid, copy
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, u.is_safe)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
try: uuid.uuid3(uuid.NAMESPACE_URL, b"http://x/")
except TypeError as e: print("TypeError", e)
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x/"), uuid.uuid5(uuid.NAMESPACE_OID, "é"), uuid.uuid5(uuid.NAMESPACE_X500, ""))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.SafeUUID.unknown, repr(uuid.SafeUUID.safe))
for a in [dict(hex="{12345678123456781234567812345678}"), dict(hex="urn:uuid:12345678-1234-5678-1234-567812345678"), dict(hex="123"), dict(bytes=b"x"), dict(bytes_le=b"x"), dict(int=-1), dict(int=1<<128), dict(fields=(1,2,3,4,5,6)), dict(fields=(1,2,3)), dict(), dict(hex="12345678123456781234567812345678", int=1), dict(int=5, version=4), dict(int=5, version=9), dict(int=5, version=0), dict(bytes_le=bytes(range(16))), dict(fields=(1<<32,0,0,0,0,0)), dict(fields=(0,1<<16,0,0,0,0)), dict(fields=(0,0,0,256,0,0)), dict(fields=(0,0,0,0,-1,0)), dict(fields=(0,0,0,0,0,1<<48)), dict(hex="g"*32), dict(int=(0xe << 60) << 64), dict(int=(0xc << 60) << 64), dict(int=(0x8 << 60) << 64)]:
    try:
        r = uuid.UUID(**a); print(repr(r), r.variant, r.version)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
x = uuid.UUID(int=5); y = uuid.UUID(int=6)
print(x < y, x <= y, x > y, x >= y, x == uuid.UUID(int=5), x == 5, hash(x) == hash(5), int(x), str(uuid.UUID(bytes=bytes(16))), x != y, sorted([y, x]))
try: x < 5
except TypeError as e: print("TypeError", e)
try: x.foo = 1
except TypeError as e: print("TypeError", e)
try: x.int = 1
except TypeError as e: print("TypeError", e)
v = uuid.uuid4(); print(v.version, v.variant, len(str(v)), v != uuid.uuid4())
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
w = uuid.uuid1(); print(w.version, w.variant, w.node == uuid.getnode(), uuid.uuid1() > w or True)
w2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234); print(w2.node == 0x123456789abc, w2.clock_seq, w2.version)
print(copy.copy(u) == u, copy.deepcopy(u) == u, {u: 1}[uuid.UUID(bytes=u.bytes)], uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u)
print(u.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.unsafe).__getstate__())
