# shutil: copies, trees, moves, removal, which, disk_usage, terminal size;
# everything inside a temporary directory, only relative names printed.
import io
import os
import shutil
import stat
import tempfile


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e, '|', getattr(e, 'errno', None),
              getattr(e, 'filename', None), getattr(e, 'filename2', None))
    else:
        print(label, '=', repr(r))


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for n in sorted(dirs + files):
            full = os.path.join(root, n)
            kind = 'L' if os.path.islink(full) else 'D' if os.path.isdir(full) else 'F'
            out.append(kind + ':' + os.path.relpath(full, top))
    return ' '.join(out)


def onerror(func, path, info):
    print('  onerror', func.__name__, path, info[0].__name__)


top = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(top)
try:
    os.mkdir('d')
    with open('d/a', 'w') as f:
        f.write('alpha\n')
    os.mkdir('d/s')
    with open('d/s/b', 'w') as f:
        f.write('beta\n')
    os.symlink('a', 'd/ln')
    os.symlink('nowhere', 'd/dang')
    os.chmod('d/a', 0o640)

    print('-- copyfileobj')
    src = io.BytesIO(b'x' * 100000)
    dst = io.BytesIO()
    shutil.copyfileobj(src, dst, 1000)
    print(len(dst.getvalue()))
    src = io.StringIO('text')
    dst = io.StringIO()
    shutil.copyfileobj(src, dst)
    print(dst.getvalue())

    print('-- copyfile / copy / copy2')
    attempt('copyfile', lambda: shutil.copyfile('d/a', 'c1'))
    print(open('c1').read().strip(), oct(os.stat('c1').st_mode & 0o777) != '0o640' or 'same')
    attempt('copyfile same', lambda: shutil.copyfile('d/a', 'd/a'))
    attempt('copyfile via link', lambda: shutil.copyfile('d/ln', 'd/a'))
    attempt('copyfile dir src', lambda: shutil.copyfile('d', 'e'))
    attempt('copyfile missing', lambda: shutil.copyfile('nope', 'e'))
    attempt('copyfile dst dir', lambda: shutil.copyfile('d/a', 'd'))
    attempt('copyfile dst no dir', lambda: shutil.copyfile('d/a', 'zz/q'))
    attempt('copyfile symlink', lambda: shutil.copyfile('d/ln', 'ln2', follow_symlinks=False))
    print(os.path.islink('ln2'), os.readlink('ln2'))
    attempt('copy into dir', lambda: shutil.copy('d/a', 'd/s'))
    print(oct(os.stat('d/s/a').st_mode & 0o777))
    attempt('copy2', lambda: shutil.copy2('d/a', 'c2'))
    print(oct(os.stat('c2').st_mode & 0o777), os.stat('c2').st_mtime == os.stat('d/a').st_mtime)
    attempt('copymode missing', lambda: shutil.copymode('d/a', 'nope'))
    attempt('copystat missing', lambda: shutil.copystat('nope', 'd/a'))
    attempt('copymode', lambda: shutil.copymode('c1', 'c2'))
    os.unlink('d/s/a')

    print('-- copytree')
    attempt('copytree dangling', lambda: shutil.copytree('d', 'e'))
    print(tree('e'))
    attempt('copytree exists', lambda: shutil.copytree('d', 'e'))
    attempt('copytree symlinks', lambda: shutil.copytree('d', 'e2', symlinks=True))
    print(tree('e2'), os.readlink('e2/ln'))
    attempt('copytree missing', lambda: shutil.copytree('nope', 'e3'))
    attempt('copytree ignore', lambda: shutil.copytree('d', 'e4', ignore=shutil.ignore_patterns('b', 'ln', 'd*')))
    print(tree('e4'))
    attempt('copytree dirs_exist_ok', lambda: shutil.copytree('d', 'e4', dirs_exist_ok=True, ignore_dangling_symlinks=True))
    print(tree('e4'))
    seen = []
    attempt('copytree copy_function', lambda: shutil.copytree('d/s', 'e5', copy_function=lambda s, d: seen.append((s, d))))
    print(seen, tree('e5'))
    print(sorted(shutil.ignore_patterns('*.py', 'x?')('here', ['a.py', 'xy', 'xyz', 'b.txt'])))

    print('-- move')
    attempt('move dir into dir', lambda: shutil.move('e', 'd'))
    attempt('move again', lambda: shutil.move('e2', 'd/e'))
    attempt('move dir', lambda: shutil.move('e4', 'd'))
    os.mkdir('e6')
    os.mkdir('d/e6')
    attempt('move into dir exists', lambda: shutil.move('e6', 'd'))
    os.rmdir('e6')
    attempt('move rename', lambda: shutil.move('d/e', 'f'))
    attempt('move into itself', lambda: shutil.move('f', 'f/sub'))
    attempt('move file', lambda: shutil.move('c1', 'd/s'))
    attempt('move file over', lambda: shutil.move('c2', 'd/s/c1'))
    attempt('move missing', lambda: shutil.move('nope', 'x'))
    print(tree('.'))

    print('-- rmtree')
    attempt('rmtree missing', lambda: shutil.rmtree('nope'))
    attempt('rmtree file', lambda: shutil.rmtree('d/a'))
    attempt('rmtree link', lambda: shutil.rmtree('d/ln'))
    attempt('rmtree ignore', lambda: shutil.rmtree('nope', ignore_errors=True))
    attempt('rmtree onerror', lambda: shutil.rmtree('nope', onerror=onerror))
    attempt('rmtree onerror link', lambda: shutil.rmtree('d/ln', onerror=onerror))
    attempt('rmtree', lambda: shutil.rmtree('f'))
    print(os.path.exists('f'), os.path.exists('d/e'), tree('d'))
    os.mkdir('g')
    os.symlink(os.path.abspath('d'), 'g/to_d')
    attempt('rmtree keeps link targets', lambda: shutil.rmtree('g'))
    print(os.path.exists('g'), os.path.exists('d/a'), shutil.rmtree.avoids_symlink_attacks in (True, False))

    print('-- which')
    os.mkdir('bin')
    with open('bin/tool', 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod('bin/tool', 0o755)
    with open('bin/plain', 'w') as f:
        f.write('')
    os.mkdir('bin/dirx')
    print(shutil.which('tool', path='bin'), shutil.which('plain', path='bin'), shutil.which('dirx', path='bin'))
    print(shutil.which('bin/tool'), shutil.which('bin/plain'), shutil.which('nope-x'), shutil.which('tool', path=''))
    print(shutil.which('plain', mode=os.F_OK, path='bin'), shutil.which('tool', path=os.pathsep.join(['nope', 'bin'])))
    print(shutil.which(b'tool', path='bin'), shutil.which('sh') is not None)

    print('-- chown')
    attempt('chown nothing', lambda: shutil.chown('bin/tool'))
    attempt('chown ids', lambda: shutil.chown('bin/tool', os.getuid(), os.getgid()))
    attempt('chown user only', lambda: shutil.chown('bin/tool', user=os.getuid()))
    attempt('chown bad user', lambda: shutil.chown('bin/tool', user='no-such-user-zz'))
    attempt('chown bad group', lambda: shutil.chown('bin/tool', group='no-such-group-zz'))
    attempt('chown missing', lambda: shutil.chown('nope', os.getuid()))
    print(os.stat('bin/tool').st_uid == os.getuid())

    print('-- system')
    u = shutil.disk_usage('.')
    print(type(u).__name__, u._fields, u.total >= u.used and u.total >= u.free > 0)
    attempt('disk_usage missing', lambda: shutil.disk_usage('nope'))
    v = os.statvfs('.')
    print(type(v).__name__, len(v), v.f_namemax > 0, v.f_frsize > 0, v[2] == v.f_blocks, type(v.f_fsid).__name__)
    os.environ['COLUMNS'] = '123'
    os.environ['LINES'] = '45'
    print(shutil.get_terminal_size())
    os.environ['COLUMNS'] = 'junk'
    print(shutil.get_terminal_size((77, 11)).columns)
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
          issubclass(shutil.SpecialFileError, OSError), shutil.COPY_BUFSIZE > 0)
finally:
    os.chdir(home)
    shutil.rmtree(top)
print(os.path.exists(top))
