# Pure paths: parsing, components, joining, derived paths, comparisons,
# PureWindowsPath rules; errors as CPython words them.
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath, WindowsPath


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


P = PurePosixPath
W = PureWindowsPath

print('-- parsing')
for text in ['', '.', 'a', '/a/b', '//a/b', '///a/b', 'a//b/./c/', './a/../b', '/', '..', 'a/b/']:
    p = P(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.anchor), repr(p.root), p.is_absolute())
print(P('a', 'b', 'c'), P('a', '/b', 'c'), P(P('x'), 'y'), P(), P('/etc') / 'init.d' / 'apache2')
print('a' / P('b'), P('a') / P('/b'), P('/a').joinpath('b', P('c'), 'd'))

print('-- components')
for text in ['/usr/lib/python3.11/lib.tar.gz', 'my/library', '.bashrc', 'a.', 'a..b', '/', 'x.y/', 'file.TXT']:
    p = P(text)
    print(repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, p.parent)
p = P('/a/b/c/d')
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::-2], repr(p.parents))
print(list(P('a/b').parents), list(P('.').parents), P('.').parent, P('/').parent)
attempt('parents[9]', lambda: p.parents[9])
attempt('parents[-9]', lambda: p.parents[-9])

print('-- derived')
p = P('/home/user/report.draft.txt')
print(p.with_name('x.py'), p.with_stem('final'), p.with_suffix('.md'), p.with_suffix(''), P('a/b').with_suffix('.c'))
attempt('with_name empty', lambda: P('/').with_name('x'))
attempt('with_name sep', lambda: p.with_name('a/b'))
attempt('with_name dot', lambda: p.with_name('.'))
attempt('with_name ""', lambda: p.with_name(''))
attempt('with_suffix x', lambda: p.with_suffix('x'))
attempt('with_suffix .', lambda: p.with_suffix('.'))
attempt('with_suffix ./', lambda: p.with_suffix('./'))
attempt('with_suffix empty name', lambda: P('').with_suffix('.x'))
attempt('with_stem empty', lambda: P('/').with_stem('x'))
print(p.relative_to('/home'), p.relative_to('/home', 'user'), P('a/b').relative_to(''), p.relative_to(p))
attempt('relative_to /c', lambda: p.relative_to('/c'))
attempt('relative_to rel', lambda: P('a').relative_to('/a'))
attempt('relative_to none', lambda: p.relative_to())
print(p.is_relative_to('/home'), p.is_relative_to('/etc'), P('a/b').is_relative_to('a'))
print(P('/a/b').as_uri(), P('/a b/%ü#').as_uri(), W('c:/a b/x').as_uri(), W('//srv/share/f').as_uri())
attempt('as_uri relative', lambda: P('a').as_uri())
print(bytes(P('/a/b')), P('a/b').as_posix(), W('a/b').as_posix(), P('a').__fspath__())

print('-- match')
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'), ('/a.py', '/*.py'),
                  ('a/b.py', '/*.py'), ('a/b.py', 'a/*/*.py'), ('/a', '*/a'), ('A.PY', '*.py'), ('x/y', '**/y')]:
    print(path, pat, P(path).match(pat), W(path).match(pat))
attempt('match empty', lambda: P('a').match(''))

print('-- comparisons')
print(P('a') == P('a'), P('a') == P('a/'), P('a') == P('A'), P('a') == PosixPath('a'), P('a') == W('a'), P('a') == 'a')
print(W('C:/Foo') == W('c:/foo'), hash(W('C:/Foo')) == hash(W('c:/foo')), hash(P('x/y')) == hash(P('x//y')))
print(sorted([P('b'), P('a/c'), P('/z'), P('a')]), P('a') < P('b'), P('a') <= P('a'), P('b') > P('a/z'))
print(len({P('a'), P('a/'), P('./a'), P('b')}))
attempt('< mixed', lambda: P('a') < W('b'))
attempt('< str', lambda: P('a') < 'b')
attempt('/ int', lambda: P('a') / 3)
attempt('int /', lambda: 3 / P('a'))
attempt('bytes arg', lambda: P(b'x'))
attempt('int arg', lambda: P('a', 3))
attempt('setattr', lambda: setattr(P('a'), 'x', 1))

print('-- classes')
print(type(PurePath('a')).__name__, type(Path('a')).__name__, Path('a') == P('a'), isinstance(Path('a'), PurePath))
print(PosixPath.__mro__[1:3], P('x').__reduce__())
attempt('WindowsPath', lambda: WindowsPath('a'))

print('-- windows')
for text in ['c:', 'c:/', 'c:a/b', 'C:\\x\\y', '//srv/sh', '//srv/sh/d/e', '//srv', '///x', '\\\\?\\c:\\x',
             '/a', 'a/b:c', '//./c:/x', 'C:/a/../b', '1:/x']:
    p = W(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), p.is_absolute(), repr(p.name), p.parent)
print(W('c:/a', 'd:b'), W('c:/a', 'c:b'), W('c:/a', '/b'), W('c:a', 'c:/b'), W('c:/a', 'b', 'C:c'))
print(W('c:/x/a').relative_to('c:'), W('C:/x/a').relative_to('c:/X'), W('c:/x').is_relative_to('d:/'))
print(W('nul.txt').is_reserved(), W('a/COM1').is_reserved(), W('file').is_reserved(), P('nul').is_reserved())
print(W('C:/A/B').match('c:/a/*'), W('c:/a/b').match('d:/a/*'), W('//h/s/x').match('//H/S/*'))
print(W('a/b.txt').with_suffix('.md'), W('c:/').name, list(W('c:/a/b').parents))
attempt('win with_name', lambda: W('c:/a').with_name('d:x'))

print('-- misc')
import copy
import os
print(P(W('c:/a/b')), W(P('/a/b')), P('a', P('b'), PosixPath('c')))
print(copy.copy(P('a/b')), copy.deepcopy(W('c:/x')), os.path.join(P('a'), 'b'), '%s|%r' % (P('z'), P('z')), format(P('z'), ''))


class Mine(PurePosixPath):
    def shout(self):
        return self.name.upper()


m = Mine('a/b')
print(repr(m), m.shout(), type(m.parent).__name__, type(m / 'c').__name__, m == P('a/b'), list(m.parents))
print({P('a'): 1}[PosixPath('a')], P().parts, P('/').name, list(P('a/b/c').parents[0:10:2]), P('/a/b').parents[1:])
