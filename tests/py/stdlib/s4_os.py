# os: files, directories, fds, environment, stat, walk, errors
import os, tempfile, stat

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e).replace(tmp, '<tmp>'), getattr(e, 'errno', None))
    else:
        print(label, '->', repr(r).replace(tmp, '<tmp>'))

tmp = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(tmp)
print(os.getcwd() == os.path.realpath(tmp), os.sep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.name)
os.mkdir('d1')
os.makedirs('d1/d2/d3')
os.makedirs('d1/d2/d3', exist_ok=True)
attempt('makedirs exists', os.makedirs, 'd1/d2')
attempt('mkdir exists', os.mkdir, 'd1')
attempt('mkdir missing parent', os.mkdir, 'x/y')
with open('d1/f.txt', 'w') as f:
    f.write('hello')
print(sorted(os.listdir('d1')), sorted(os.listdir()))
for root, dirs, files in os.walk('.'):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk('.', topdown=False):
    print('up', root, dirs, files)
st = os.stat('d1/f.txt')
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat('d1').st_mode), st[6], type(st).__name__)
print(oct(stat.S_IMODE(os.stat('d1').st_mode) & 0o700))
os.chmod('d1/f.txt', 0o600); print(oct(stat.S_IMODE(os.stat('d1/f.txt').st_mode)))
os.rename('d1/f.txt', 'd1/g.txt'); print(os.listdir('d1') == ['d2', 'g.txt'] or sorted(os.listdir('d1')))
os.replace('d1/g.txt', 'h.txt'); print(os.path.exists('h.txt'))
attempt('remove missing', os.remove, 'nope')
attempt('rmdir nonempty', os.rmdir, 'd1')
attempt('listdir missing', os.listdir, 'nope')
attempt('stat missing', os.stat, 'nope')
attempt('chdir missing', os.chdir, 'nope')
attempt('open missing', os.open, 'nope', os.O_RDONLY)
os.removedirs('d1/d2/d3') if False else None
os.rmdir('d1/d2/d3'); os.rmdir('d1/d2'); os.rmdir('d1')
with os.scandir('.') as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_file(), e.is_dir(), e.stat().st_size, e.path)
fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'abcdef'), os.write(fd, memoryview(b'gh')))
os.close(fd)
attempt('close closed', os.close, fd)
attempt('write bad fd', os.write, 9999, b'x')
fd = os.open('raw.bin', os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 5))
print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10), os.fstat(fd).st_size)
os.close(fd)
fd = os.open('raw.bin', os.O_RDWR | os.O_APPEND)
os.write(fd, b'Z'); os.lseek(fd, 0, 0); print(os.read(fd, 20)); os.close(fd)
r, w = os.pipe()
os.write(w, b'through pipe'); os.close(w)
print(os.read(r, 100), os.read(r, 100)); os.close(r)
fd = os.open('raw.bin', os.O_RDONLY); fd2 = os.dup(fd); print(fd2 != fd, os.read(fd2, 2)); os.close(fd); os.close(fd2)
f = os.fdopen(os.open('raw.bin', os.O_RDONLY), 'rb'); print(f.read(3)); f.close()
os.truncate('raw.bin', 4); print(os.path.getsize('raw.bin'))
print(os.access('raw.bin', os.R_OK), os.access('nope', os.F_OK))
os.environ['S4_TEST_VAR'] = 'value'
print(os.environ['S4_TEST_VAR'], os.getenv('S4_TEST_VAR'), os.environ.get('S4_NOPE', 'dflt'), os.getenv('S4_NOPE'))
del os.environ['S4_TEST_VAR']; print('S4_TEST_VAR' in os.environ)
attempt('environ missing', lambda: os.environ['S4_NOPE'])
attempt('environ int', os.environ.__setitem__, 'X', 1)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, isinstance(os.cpu_count(), int))
print(os.fspath('p'), os.fspath(b'b'))
class PL:
    def __fspath__(self):
        return 'pl'
print(os.fspath(PL()))
attempt('fspath bad', os.fspath, 1)
print(os.strerror(2), '|', os.strerror(13))
print(os.path.basename(os.getcwd()) != '', os.get_terminal_size.__name__)
print(sorted(os.listdir(b'.')))
os.symlink('raw.bin', 'link'); print(os.readlink('link'), os.path.islink('link'), os.lstat('link').st_size != os.stat('link').st_size)
os.unlink('link')
os.utime('raw.bin', (1000000000, 1000000000)); print(os.stat('raw.bin').st_mtime, int(os.path.getmtime('raw.bin')))
print(os.getuid() >= 0, isinstance(os.uname().sysname, str))
os.chdir(old)
import shutil; shutil.rmtree(tmp)
print(os.path.exists(tmp))
print(os.devnull, os.path.exists(os.devnull))
print(list(os.get_exec_path())[:0], os.SEEK_SET, os.O_RDONLY, os.F_OK)
