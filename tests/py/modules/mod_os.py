import os
import os.path
from os import path as P

d = '/tmp/_pyrite_os_test_%d' % os.getpid()
os.makedirs(os.path.join(d, 'a', 'b'))
os.makedirs(os.path.join(d, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(d, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, str(e).replace(d, 'D'))
with open(os.path.join(d, 'a', 'f.txt'), 'w') as f:
    f.write('12345')
print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, 'a'))))
st = os.stat(os.path.join(d, 'a', 'f.txt'))
print(st.st_size, st[6], type(st.st_mtime).__name__, st.st_mode & 0o170000 == 0o100000)
print(P.isfile(os.path.join(d, 'a', 'f.txt')), P.isdir(d), P.exists(d + 'nope'), P.getsize(os.path.join(d, 'a', 'f.txt')))
for root, dirs, files in os.walk(d):
    print(root.replace(d, 'D'), sorted(dirs), sorted(files))
os.rename(os.path.join(d, 'a', 'f.txt'), os.path.join(d, 'g.txt'))
os.replace(os.path.join(d, 'g.txt'), os.path.join(d, 'h.txt'))
print(sorted(e.name for e in os.scandir(d)), [e.is_file() for e in os.scandir(d) if e.name == 'h.txt'])
cwd = os.getcwd()
os.chdir(d)
print(os.getcwd() == d, os.path.abspath('h.txt') == os.path.join(d, 'h.txt'))
os.chdir(cwd)
os.unlink(os.path.join(d, 'h.txt'))
os.removedirs(os.path.join(d, 'a', 'b'))
print(os.path.exists(d))
for f, a in [(os.remove, d + '/zz'), (os.rmdir, d + '/zz'), (os.listdir, d + '/zz'), (os.stat, d + '/zz'), (os.chdir, d + '/zz')]:
    try:
        f(a)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(d, 'D'))
print(os.sep, os.linesep == '\n', os.name, os.curdir, os.pardir, os.devnull, os.pathsep, os.extsep)
print(type(os.getpid()).__name__, len(os.urandom(8)), os.cpu_count() >= 1)
os.environ['PYRITE_TEST_VAR'] = 'v1'
print(os.environ['PYRITE_TEST_VAR'], os.getenv('PYRITE_TEST_VAR'), os.getenv('NOPE_X', 'dflt'), 'PYRITE_TEST_VAR' in os.environ)
del os.environ['PYRITE_TEST_VAR']
print(os.environ.get('PYRITE_TEST_VAR'), 'PATH' in os.environ)
print(P.join('a', 'b', 'c'), P.join('/a', '/b'), P.join('a/', 'b'), P.split('/a/b/c.txt'), P.split('c'), P.split('/'))
print(P.splitext('x/y.tar.gz'), P.splitext('.bashrc'), P.splitext('a.'), P.basename('/a/b'), P.dirname('/a/b'), P.dirname('a'))
print(P.normpath('/a/./b/../c//d/'), P.normpath(''), P.normpath('../x/..'), P.normpath('//a'), P.isabs('/x'), P.isabs('x'))
print(P.relpath('/a/b/c', '/a'), P.relpath('/a', '/a/b/c'), P.commonprefix(['/usr/lib', '/usr/local']), P.commonpath(['/usr/lib', '/usr/local']))
print(P.expanduser('~/x') == os.environ['HOME'] + '/x', P.expanduser('x'), P.realpath('/tmp/../tmp') , P.islink('/nonexistent'))
print(os.path is P, os.path.sep, os.strerror(2), os.fspath('abc'))
