# open(): text and binary files in a temporary directory
import os, tempfile, io

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        msg = str(e).replace(tmp, '<tmp>')
        print(label, '->', type(e).__name__ + ':', msg)
    else:
        print(label, '->', repr(r))

tmp = tempfile.mkdtemp()
p = os.path.join(tmp, 'a.txt')
with open(p, 'w') as f:
    print(f.mode, f.name == p, f.writable(), f.readable(), f.closed, f.encoding)
    print(f.write('line one\n'), f.write('línea dos\n'))
    f.writelines(['x\n', 'y\n'])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, encoding='utf-8') as f:
    print(f.readline(), end='')
    print(f.tell() > 0, repr(f.readline()))
    print(f.readlines())
with open(p) as f:
    print([line.rstrip() for line in f])
with open(p, 'a') as f:
    f.write('appended\n')
with open(p, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:9], f.mode)
    f.seek(5); print(f.read(3), f.tell())
    f.seek(-3, 2); print(f.read())
    f.seek(0); print(f.readline(), f.peek(1)[:1] if hasattr(f, 'peek') else b'l')
with open(p, 'r+') as f:
    f.write('LINE')
    f.seek(0)
    print(repr(f.readline()))
with open(p, 'wb') as f:
    print(f.write(b'\x00\x01\x02bytes\n'), f.mode)
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'ab') as f:
    f.write(bytearray(b'more'))
print(os.path.getsize(p))
with open(p, 'w+b') as f:
    f.write(b'0123456789')
    f.seek(3)
    print(f.read(2), f.truncate(5), f.seek(0), f.read())
bp = os.path.join(tmp, 'b.bin')
with open(bp, 'xb') as f:
    f.write(b'new')
attempt('x exists', open, bp, 'x')
attempt('missing', open, os.path.join(tmp, 'nope.txt'))
attempt('bad mode', open, p, 'rw')
attempt('bad mode2', open, p, 'z')
attempt('text encoding on binary', open, p, 'rb', encoding='utf-8')
attempt('dir', open, tmp)
with open(p, 'w', newline='') as f:
    f.write('a\r\nb\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, newline='') as f:
    print(f.readlines())
with open(p) as f:
    print(f.readlines())
f = open(p, 'w'); f.write('x'); f.close()
attempt('write closed', f.write, 'y')
attempt('read write-only', open(p, 'w').read)
attempt('write read-only', open(p).write, 'q')
with open(p, 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
fd = os.open(p, os.O_RDONLY)
with open(fd, 'rb', closefd=True) as f:
    print(f.read(), f.name == fd)
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(2))
with open(p, 'rb') as f:
    print(type(f).__name__, type(f.raw).__name__ if hasattr(f, 'raw') else 'FileIO')
with open(p) as f:
    print(type(f).__name__, f.fileno() > 2, f.isatty(), f.seekable())
print(isinstance(open(p), io.TextIOWrapper), isinstance(open(p, 'rb'), io.BufferedReader))
big = os.path.join(tmp, 'big.txt')
with open(big, 'w') as f:
    for i in range(3000):
        f.write('%d\n' % i)
with open(big) as f:
    total = sum(int(x) for x in f)
print(total)
with open(big) as f:
    f.seek(0, 2); print(f.tell())
for name in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
print(os.path.exists(tmp))
