# Concrete paths: everything runs inside a temporary directory that is the
# current directory meanwhile, and only relative names are printed.
import os
import shutil
import tempfile
from pathlib import Path, PosixPath


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e, '| errno', getattr(e, 'errno', None),
              '| filename', getattr(e, 'filename', None))
    else:
        print(label, '=', repr(r))


top = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(top)
try:
    print('-- create')
    d = Path('d')
    print(d.exists(), d.is_dir(), d.mkdir(), d.exists(), d.is_dir(), d.is_file())
    print((d / 'a.txt').write_text('hello\nworld\n'), (d / 'b.bin').write_bytes(b'\x00\x01\x02'))
    print((d / 'sub').mkdir(), (d / 'sub' / 'c.py').write_text('print(1)\n'), (d / '.hidden').touch())
    print(repr((d / 'a.txt').read_text()), (d / 'b.bin').read_bytes(), (d / 'a.txt').stat().st_size)
    with (d / 'a.txt').open() as f:
        print(f.readline().rstrip(), type(f).__name__, f.name)
    with (d / 'b.bin').open('rb') as f:
        print(f.read(2))
    print((d / 'w.txt').write_text('x\ny\n', newline='\r\n'), (d / 'w.txt').read_bytes())
    print((d / 'e.txt').write_text('é', encoding='latin-1'), (d / 'e.txt').read_bytes(),
          (d / 'e.txt').read_text(encoding='latin-1'))
    attempt('mkdir again', lambda: d.mkdir())
    attempt('mkdir exist_ok', lambda: d.mkdir(exist_ok=True))
    attempt('mkdir missing parent', lambda: Path('x/y/z').mkdir())
    attempt('mkdir parents', lambda: Path('x/y/z').mkdir(parents=True))
    attempt('mkdir parents exist', lambda: Path('x/y').mkdir(parents=True, exist_ok=True))
    attempt('mkdir over file', lambda: (d / 'a.txt').mkdir(exist_ok=True))
    attempt('touch exists', lambda: (d / 'a.txt').touch())
    attempt('touch exist_ok=False', lambda: (d / 'a.txt').touch(exist_ok=False))
    attempt('write_text int', lambda: (d / 'a.txt').write_text(3))
    attempt('write_bytes str', lambda: (d / 'a.txt').write_bytes('s'))

    print('-- queries')
    for name in ['d', 'd/a.txt', 'nope', 'd/a.txt/q', 'x/y/z']:
        p = Path(name)
        print(name, p.exists(), p.is_dir(), p.is_file(), p.is_symlink(), p.is_fifo(), p.is_socket(),
              p.is_block_device(), p.is_char_device(), p.is_mount())
    print(Path('/').is_mount(), Path('/dev/null').is_char_device())
    attempt('stat missing', lambda: Path('nope').stat())
    attempt('lstat missing', lambda: Path('nope').lstat())
    attempt('read missing', lambda: Path('nope').read_text())
    attempt('samefile', lambda: d.samefile('d/../d'))
    attempt('samefile Path', lambda: d.samefile(Path('./d')))
    attempt('samefile other', lambda: d.samefile('x'))
    attempt('samefile missing', lambda: Path('nope').samefile('d'))
    print(type((d / 'a.txt').owner()).__name__, type((d / 'a.txt').group()).__name__)

    print('-- listing and glob')
    print(sorted(d.iterdir()))
    it = Path('nope').iterdir()
    attempt('iterdir missing', lambda: next(it))
    print(sorted(d.glob('*')))
    print(sorted(d.glob('*.txt')), sorted(d.glob('?.*')), sorted(d.glob('[ab].*')))
    print(sorted(d.rglob('*.py')), sorted(d.rglob('*')))
    print(sorted(d.glob('**')), sorted(d.glob('**/*.py')), sorted(Path('.').glob('**/')))
    print(sorted(d.glob('*/')), sorted(d.glob('sub/..')), sorted(d.glob('sub/c.py')), sorted(d.glob('nope/*')))
    print(sorted(Path('.').glob('*/*')), sorted(Path('.').glob('x/**/z')), sorted(d.rglob('')))
    g = d.glob('/abs')
    print(type(g).__name__)
    attempt('glob absolute', lambda: list(g))
    attempt('glob empty', lambda: list(d.glob('')))
    attempt('glob a**', lambda: list(d.glob('a**')))
    attempt('rglob absolute', lambda: list(d.rglob('/x')))

    print('-- rename, replace, unlink, rmdir')
    attempt('rename', lambda: (d / 'a.txt').rename('d/c.txt'))
    attempt('replace', lambda: Path('d/c.txt').replace(Path('d/a.txt')))
    attempt('rename missing', lambda: Path('nope').rename('d/zz'))
    attempt('unlink missing', lambda: Path('nope').unlink())
    attempt('unlink missing_ok', lambda: Path('nope').unlink(missing_ok=True))
    attempt('rmdir non-empty', lambda: d.rmdir())
    attempt('rmdir file', lambda: (d / 'a.txt').rmdir())
    attempt('unlink dir', lambda: d.unlink())
    attempt('rmdir', lambda: Path('x/y/z').rmdir())
    print(Path('x/y/z').exists(), Path('x/y').exists())

    print('-- links')
    attempt('symlink_to', lambda: Path('ln').symlink_to('d/a.txt'))
    attempt('symlink_to dir', lambda: Path('lnd').symlink_to('d', target_is_directory=True))
    print(Path('ln').is_symlink(), Path('ln').is_file(), Path('lnd').is_dir(), Path('ln').readlink())
    print(Path('ln').read_text().split(), Path('ln').lstat().st_size == Path('ln').stat().st_size)
    print(Path('ln').resolve().relative_to(Path.cwd().resolve()), Path('lnd/sub').resolve().name)
    attempt('hardlink_to', lambda: Path('hard').hardlink_to('d/a.txt'))
    print(Path('hard').samefile('d/a.txt'), Path('hard').stat().st_nlink)
    attempt('readlink file', lambda: Path('d/a.txt').readlink())
    attempt('readlink missing', lambda: Path('nope').readlink())
    Path('dangling').symlink_to('nowhere')
    print(Path('dangling').exists(), Path('dangling').is_symlink(), Path('dangling').resolve().name)
    attempt('resolve strict', lambda: Path('dangling').resolve(strict=True))
    Path('loop').symlink_to('loop')
    print(Path('loop').exists(), Path('loop').is_file(), Path('loop').is_symlink())
    try:
        Path('loop').resolve()
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('Symlink loop from'), e.args[0].endswith("loop'"))
    print(sorted(p.name for p in Path('.').glob('*')))

    print('-- places')
    print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(), Path('a').absolute() == Path.cwd() / 'a')
    print(Path('.').absolute() == Path.cwd(), Path('/x/y').absolute(), Path('~').expanduser() == Path.home())
    print(Path('~/q').expanduser() == Path.home() / 'q', Path('a/~').expanduser(), Path('/~').expanduser())
    print(Path('d/sub/../a.txt').resolve() == Path.cwd().resolve() / 'd' / 'a.txt', Path('/').resolve())
    print(Path('nope/x').resolve() == Path.cwd().resolve() / 'nope' / 'x')
    attempt('resolve strict missing', lambda: Path('nope').resolve(strict=True))
    os.environ['HOME'] = '/somewhere/home'
    print(Path.home(), Path('~/x').expanduser())

    print('-- chmod')
    (d / 'a.txt').chmod(0o640)
    print(oct((d / 'a.txt').stat().st_mode & 0o777))
    print(type(PosixPath.cwd()).__name__, type(Path('a') / 'b').__name__)
finally:
    os.chdir(home)
    shutil.rmtree(top)
print(os.path.exists(top))
