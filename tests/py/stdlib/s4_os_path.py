# os.path: pure string functions and filesystem queries
import os, os.path as P, tempfile

cases = ['', '/', '//', '///x', 'a', 'a/', '/a/b/', 'a/b/c.txt', '../x/./y', '.hidden', 'a.tar.gz', 'dir.d/file', '/a//b///c']
for c in cases:
    print(repr(c), P.split(c), P.splitext(c), P.basename(c), repr(P.dirname(c)), P.isabs(c), P.normpath(c) if c else '-')
print(P.join('a', 'b', 'c'), P.join('a/', 'b'), P.join('/a', '/b', 'c'), P.join('a', ''), P.join('', 'x'))
print(P.normpath('a/../../b'), P.normpath('/../a'), P.normpath('//a/b'), P.normpath('a/./b/.'), P.normpath('.'))
print(P.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), P.commonpath(['/usr/lib', '/usr/local/x']))
print(P.commonprefix([]), P.splitdrive('/a/b'), P.expanduser('~nonexistent_user_xyz/x'))
for bad in ([], ['/a', 'b']):
    try:
        P.commonpath(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    P.join('a', 1)
except TypeError as e:
    print('TypeError:', e)
try:
    P.join(b'a', 'b')
except TypeError as e:
    print('TypeError:', e)
print(P.join(b'a', b'b'), P.split(b'/x/y'), P.splitext(b'f.py'), P.basename(b'/q/r'))
print(P.relpath('/a/b/c', '/a'), P.relpath('/a', '/a/b/c'), P.relpath('/x', '/x'), P.relpath('a/b', 'a/c'))
os.environ['S4HOME'] = '/home/s4'
print(P.expandvars('$S4HOME/x ${S4HOME}y $S4_UNDEFINED_XYZ $'), P.expandvars('no vars'))
print(P.abspath('/a/./b/../c'), P.abspath('rel') == P.join(os.getcwd(), 'rel'))
print(P.isabs('a'), P.normcase('AbC'), P.sep if hasattr(P, 'sep') else '/')

tmp = tempfile.mkdtemp()
f = P.join(tmp, 'file.txt')
with open(f, 'w') as fh:
    fh.write('12345')
d = P.join(tmp, 'sub')
os.mkdir(d)
os.symlink(f, P.join(tmp, 'ln'))
os.symlink(P.join(tmp, 'missing'), P.join(tmp, 'dangling'))
for name in ['file.txt', 'sub', 'ln', 'dangling', 'none']:
    q = P.join(tmp, name)
    print(name, P.exists(q), P.lexists(q), P.isfile(q), P.isdir(q), P.islink(q))
print(P.getsize(f), P.getmtime(f) > 0, P.getatime(f) > 0, P.getctime(f) > 0)
print(P.samefile(f, P.join(tmp, 'ln')), P.realpath(P.join(tmp, 'ln')) == P.realpath(f))
print(P.ismount('/'), P.ismount(tmp))
try:
    P.getsize(P.join(tmp, 'none'))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == P.join(tmp, 'none'))
import shutil
shutil.rmtree(tmp)
print(P.exists(tmp))
class PL:
    def __fspath__(self):
        return '/pl/x.py'
print(P.basename(PL()), P.splitext(PL()), P.join(PL(), 'y'))
