# tempfile: mkdtemp, mkstemp, NamedTemporaryFile, TemporaryDirectory, TemporaryFile, SpooledTemporaryFile
import os, tempfile, stat

def base(p):
    return os.path.basename(p)

d = tempfile.mkdtemp(prefix='pre_', suffix='_suf')
print(os.path.isdir(d), base(d).startswith('pre_'), base(d).endswith('_suf'), oct(stat.S_IMODE(os.stat(d).st_mode)))
print(os.path.dirname(d) == tempfile.gettempdir(), isinstance(tempfile.gettempdir(), str), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix='.txt', prefix='s4', dir=d)
print(type(fd).__name__, os.path.dirname(path) == d, base(path).startswith('s4'), path.endswith('.txt'), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b'via fd'); os.close(fd)
with open(path) as f:
    print(f.read())
fd2, path2 = tempfile.mkstemp(dir=d, text=True)
print(path2 != path, fd2 >= 0); os.close(fd2)
names = set()
for i in range(20):
    fd, p = tempfile.mkstemp(dir=d)
    os.close(fd)
    names.add(p)
print(len(names))
with tempfile.NamedTemporaryFile(dir=d, suffix='.bin') as nt:
    print(type(nt.name).__name__, os.path.exists(nt.name), nt.name.endswith('.bin'), nt.mode)
    nt.write(b'named data'); nt.flush()
    with open(nt.name, 'rb') as again:
        print(again.read())
    nt.seek(0); print(nt.read())
    kept = nt.name
print(os.path.exists(kept))
nt = tempfile.NamedTemporaryFile('w+', dir=d, delete=False, encoding='utf-8')
nt.write('text mode'); nt.close()
print(os.path.exists(nt.name), open(nt.name).read())
os.unlink(nt.name)
with tempfile.TemporaryDirectory(dir=d) as td:
    print(type(td).__name__, os.path.isdir(td))
    with open(os.path.join(td, 'inner.txt'), 'w') as f:
        f.write('x')
    os.mkdir(os.path.join(td, 'sub'))
    open(os.path.join(td, 'sub', 'deep'), 'w').close()
print(os.path.exists(td))
tdo = tempfile.TemporaryDirectory(prefix='obj')
print(base(tdo.name).startswith('obj'), os.path.isdir(tdo.name))
tdo.cleanup(); print(os.path.exists(tdo.name))
tdo.cleanup()
with tempfile.TemporaryFile() as tf:
    tf.write(b'anon'); tf.seek(0); print(tf.read())
with tempfile.TemporaryFile('w+') as tf:
    tf.write('anon text'); tf.seek(0); print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10) as sp:
    sp.write(b'small'); sp.seek(0); print(sp.read())
    sp.write(b' and now much larger than ten'); sp.seek(0); print(sp.read())
try:
    tempfile.mkstemp(dir=os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    with tempfile.NamedTemporaryFile(dir=d) as nt2:
        nt2.write('str into binary')
except TypeError as e:
    print('TypeError:', e)
print(sorted(os.listdir(d)) == sorted(base(n) for n in names | {path, path2}))
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
# a file written through a temporary name and renamed over its target
target_dir = tempfile.mkdtemp()
target = os.path.join(target_dir, 'final.txt')
with tempfile.NamedTemporaryFile('w', dir=target_dir, delete=False) as tmpf:
    tmpf.write('atomic')
os.replace(tmpf.name, target)
print(os.listdir(target_dir), open(target).read())
shutil.rmtree(target_dir)
