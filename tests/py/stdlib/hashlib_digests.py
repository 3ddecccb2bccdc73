# hashlib: md5/sha1/sha2 digests (known answers and long inputs fed in
# pieces), the HASH object's attributes, copy(), and CPython's errors.
import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
for name in names:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

data = bytes(range(256)) * 40
for name in names:
    whole = getattr(hashlib, name)(data).hexdigest()
    h = getattr(hashlib, name)()
    for i in range(0, len(data), 97):
        h.update(data[i:i + 97])
    print(name, whole == h.hexdigest(), whole[:16])

# Lengths around the padding boundaries (55/56/64 and 111/112/128 bytes).
for n in (0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000):
    print(n, hashlib.md5(b"x" * n).hexdigest()[:8], hashlib.sha1(b"x" * n).hexdigest()[:8],
          hashlib.sha256(b"x" * n).hexdigest()[:8], hashlib.sha512(b"x" * n).hexdigest()[:8])

h = hashlib.sha256(b"hello ")
c = h.copy()
c.update(b"world")
print(h.hexdigest() != c.hexdigest(), c.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), type(h.digest()).__name__)
print(hashlib.sha1(bytearray(b"abc")).hexdigest() == hashlib.sha1(memoryview(b"abc")).hexdigest())
print(hashlib.md5(string=b"abc").hexdigest(), hashlib.new("SHA256").name)
print(type(h).__name__, type(h).__module__, repr(h).split(" @ ")[0])
print(sorted(set(names) & hashlib.algorithms_available))

for call in (lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"),
             lambda: hashlib.md5().update(5), lambda: hashlib.md5(b"", b"")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# random.seed of a str goes through SHA-512 as in CPython.
import random
random.seed("pyrite")
print(random.random())
