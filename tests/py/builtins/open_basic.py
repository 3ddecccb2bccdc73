import os

d = '/tmp/_pyrite_open_test_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'x.txt')
with open(p, 'w') as f:
    print(repr(f).replace(d, 'D'), f.name == p, f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(f.write('hello\nworld\n'), f.tell())
    f.writelines(['a\n', 'b'])
print(f.closed)
with open(p) as f:
    print(f.read())
with open(p) as f:
    print(f.readline(), f.readline(), f.readlines())
with open(p) as f:
    print([line for line in f])
with open(p) as f:
    print(f.read(3), f.read(4), f.tell(), f.seek(0), f.read(2), f.seekable())
with open(p, 'a') as f:
    f.write('\nappended')
print(open(p).read().splitlines())
with open(p, 'w', newline='') as f:
    f.write('one\r\ntwo\rthree\n')
with open(p) as f:
    print(repr(f.read()))
with open(p, newline='') as f:
    print(repr(f.read()))
with open(p, 'rb') as f:
    print(repr(f).replace(d, 'D'), f.read(), f.mode)
b = os.path.join(d, 'x.bin')
with open(b, 'wb') as f:
    print(repr(f).replace(d, 'D'), f.write(bytes(range(5))), f.write(b'\n\xff'))
with open(b, 'rb') as f:
    print(f.read(2), f.tell(), f.read(), f.seek(1), f.readline(), f.read())
with open(b, 'r+b') as f:
    print(repr(f).replace(d, 'D'))
    f.seek(0, 2)
    f.write(b'END')
    f.seek(0)
    print(f.read())
    f.truncate(3)
print(open(b, 'rb').read())
with open(p, 'w', encoding='utf-8') as f:
    f.write('héllo ☃ 😀\n')
print(repr(f).replace(d, 'D'))
with open(p, encoding='utf-8') as f:
    print(f.read(), os.path.getsize(p))
f = open(p)
f.close()
f.close()
for op in (f.read, f.readline, lambda: f.write('x'), f.tell, lambda: iter(f)):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
try:
    with f:
        pass
except ValueError as e:
    print('ValueError', e)
for args in [('nope/missing.txt',), (d,), (p, 'x'), (p, 'rw'), (p, 'q'), (p, 'rb', -1, 'utf-8'), (p, 'rt+b')]:
    try:
        open(*args)
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'), isinstance(e, OSError))
try:
    open(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename.replace(d, 'D'), e.args[1])
with open(p, 'w') as f:
    print(f.fileno() > 2, f.isatty())
os.remove(p)
os.remove(b)
os.rmdir(d)
print(os.path.exists(d))
