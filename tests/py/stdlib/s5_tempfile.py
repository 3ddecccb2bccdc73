# tempfile: names, modes, deletion rules, spooling; no temporary names are
# printed, only their shape.
import os
import tempfile


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        msg = str(e)
        if '/' in msg:
            msg = msg[:msg.index("'")]
        print(label, '->', type(e).__name__, msg)
    else:
        print(label, '=', repr(r))


def shape(path, prefix='tmp', suffix=''):
    base = os.path.basename(path)
    middle = base[len(prefix):len(base) - len(suffix)]
    return (base.startswith(prefix), base.endswith(suffix), len(middle),
            all(c in 'abcdefghijklmnopqrstuvwxyz0123456789_' for c in middle))


print('-- defaults')
d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), tempfile.tempdir == d, tempfile.gettempdirb() == os.fsencode(d))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX > 10000)

print('-- mkstemp / mkdtemp / mktemp')
fd, path = tempfile.mkstemp()
print(type(fd).__name__, os.path.isabs(path), os.path.dirname(path) == d, shape(path))
print(oct(os.stat(path).st_mode & 0o777), os.write(fd, b'abc'), os.path.getsize(path))
os.close(fd)
os.unlink(path)
fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre_', text=True)
print(shape(path, 'pre_', '.txt'))
os.close(fd)
os.unlink(path)
top = tempfile.mkdtemp(prefix='top')
print(os.path.isabs(top), shape(top, 'top'), oct(os.stat(top).st_mode & 0o777))
fd, path = tempfile.mkstemp(dir=top)
print(os.path.dirname(path) == top, os.listdir(top) == [os.path.basename(path)])
os.close(fd)
os.unlink(path)
fd, bpath = tempfile.mkstemp(prefix=b'b', dir=os.fsencode(top))
print(type(bpath).__name__, os.path.basename(bpath)[:1])
os.close(fd)
os.unlink(bpath)
old = os.getcwd()
os.chdir(top)
sub = tempfile.mkdtemp(dir='.')
print(sub.startswith('./'), os.path.isdir(sub))
fd, path = tempfile.mkstemp(dir='.')
print(os.path.isabs(path), os.path.dirname(path) == os.path.realpath(top) or os.path.dirname(path) == top)
os.close(fd)
os.unlink(path)
os.rmdir(sub)
os.chdir(old)
m = tempfile.mktemp(dir=top, suffix='.m')
print(os.path.exists(m), os.path.dirname(m) == top, shape(m, 'tmp', '.m'))
attempt('mix bytes', lambda: tempfile.mkstemp(prefix=b'a', suffix='b'))
attempt('mix dir', lambda: tempfile.mkdtemp(dir=b'/tmp', prefix='x'))
attempt('missing dir', lambda: tempfile.mkstemp(dir='/nonexistent-dir'))
attempt('missing dir d', lambda: tempfile.mkdtemp(dir='/nonexistent-dir'))

print('-- NamedTemporaryFile')
f = tempfile.NamedTemporaryFile(dir=top)
print(type(f).__name__, f.mode, type(f.file).__name__, f.delete, f.name == f.file.name, shape(f.name))
print(f.write(b'abc'), f.seek(0), f.read(), f.tell(), f.closed)
name = f.name
print(os.path.exists(name))
f.close()
print(os.path.exists(name), f.closed)
f.close()
f = tempfile.NamedTemporaryFile('w+', delete=False, dir=top, suffix='.log')
print(f.mode, f.write('line1\nline2\n'), shape(f.name, 'tmp', '.log'))
f.seek(0)
print(list(f), f.encoding)
f.close()
print(os.path.exists(f.name))
os.unlink(f.name)
with tempfile.NamedTemporaryFile('w', dir=top, prefix='ctx') as g:
    print(type(g.name).__name__, g.write('x'), shape(g.name, 'ctx'))
    gname = g.name
print(os.path.exists(gname), g.closed)
with tempfile.NamedTemporaryFile(dir=top) as g:
    g.write(b'123\n456\n')
    g.flush()
    with open(g.name, 'rb') as again:
        print(again.read())
    g.seek(0)
    print([line for line in g])

print('-- TemporaryFile')
f = tempfile.TemporaryFile(dir=top)
print(type(f).__name__, type(f.name).__name__, f.mode, os.listdir(top))
print(f.write(b'data'), f.seek(0), f.read())
f.close()
with tempfile.TemporaryFile('w+', dir=top) as f:
    print(type(f).__name__, f.mode, f.write('héllo'), f.seek(0), f.read())

print('-- SpooledTemporaryFile')
s = tempfile.SpooledTemporaryFile(max_size=5, dir=top)
print(s.write(b'abc'), s._rolled, s.name, s.mode, s.tell(), os.listdir(top))
print(s.write(b'defgh'), s._rolled, type(s.name).__name__, s.tell(), s.mode)
s.seek(0)
print(s.read(), s.closed)
s.close()
print(s.closed)
s = tempfile.SpooledTemporaryFile(mode='w+')
print(s.write('hé\nx'), s.tell(), s.encoding, s.errors, s.newlines)
s.seek(0)
print(repr(s.read()), list(s))
s.seek(0)
print(s.readline(), s.readlines())
s.rollover()
print(s._rolled, s.tell())
s.seek(0)
print(repr(s.read()))
s.close()
with tempfile.SpooledTemporaryFile(10) as s:
    s.write(b'12345')
    s.truncate(2)
    s.seek(0)
    print(s.read(), s.readable(), s.writable(), s.seekable(), s.isatty(), s._rolled)
    s.writelines([b'a', b'b'])
    print(type(s.fileno()).__name__, s._rolled)
    s.seek(0)
    print(s.read())
attempt('enter closed', lambda: s.__enter__())
print(tempfile.SpooledTemporaryFile[str], tempfile.TemporaryDirectory[int])

print('-- TemporaryDirectory')
t = tempfile.TemporaryDirectory(prefix='pp', suffix='ss', dir=top)
print(repr(t).startswith("<TemporaryDirectory '"), shape(t.name, 'pp', 'ss'), os.path.isdir(t.name))
os.mkdir(os.path.join(t.name, 'inner'))
with open(os.path.join(t.name, 'inner', 'f'), 'w') as fh:
    fh.write('x')
t.cleanup()
t.cleanup()
print(os.path.exists(t.name), t.name is not None)
with tempfile.TemporaryDirectory(dir=top) as name:
    print(type(name).__name__, os.path.isdir(name))
    open(os.path.join(name, 'f'), 'w').close()
print(os.path.exists(name))
t = tempfile.TemporaryDirectory(dir=top)
n = t.name
del t
print(os.path.exists(n))
t = tempfile.TemporaryDirectory(dir=top, ignore_cleanup_errors=True)
os.rmdir(t.name)
t.cleanup()
print(os.path.exists(t.name))
print(os.listdir(top))
os.rmdir(top)
