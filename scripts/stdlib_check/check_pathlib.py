#!/usr/bin/env python3
"""Compare src/stdlib/pathlib.py's pure paths with CPython's on random
POSIX and Windows path texts (parsing, components, joins, derived paths,
comparisons, match, relative_to)."""
import random
import sys
import pathlib as real
from harness import load, Checker

mine = load('pathlib')
c = Checker('pathlib')
rng = random.Random(11)
pieces = ['a', 'b', 'x.tar', '.gz', '/', '//', '\\', '.', '..', 'c:', 'C:', ':', '*', '?',
          '[ab]', ' ', '~', 'nul', '\\\\?\\', 'UNC', '.txt']


def text():
    return ''.join(rng.choice(pieces) for _ in range(rng.randrange(7)))


def summary(p):
    return (repr(p), str(p), p.parts, p.drive, p.root, p.anchor, p.name, p.stem, p.suffix,
            p.suffixes, repr(p.parent), [repr(q) for q in p.parents], p.is_absolute(),
            p.is_reserved(), p.as_posix())


for flavour in ('PurePosixPath', 'PureWindowsPath'):
    R = getattr(real, flavour)
    M = getattr(mine, flavour)
    for trial in range(1500):
        s, t = text(), text()
        c.same('%s %r' % (flavour, s), lambda: summary(R(s)), lambda: summary(M(s)))
        c.same('join %r %r' % (s, t), lambda: repr(R(s, t)), lambda: repr(M(s, t)))
        c.same('truediv %r %r' % (s, t), lambda: repr(R(s) / t), lambda: repr(M(s) / t))
        c.same('eq/lt %r %r' % (s, t), lambda: (R(s) == R(t), R(s) < R(t), R(s) >= R(t)),
               lambda: (M(s) == M(t), M(s) < M(t), M(s) >= M(t)))
        c.same('match %r %r' % (s, t), lambda: R(s).match(t), lambda: M(s).match(t))
        c.same('relative_to %r %r' % (s, t), lambda: repr(R(s).relative_to(t)),
               lambda: repr(M(s).relative_to(t)))
        c.same('with_name %r %r' % (s, t), lambda: repr(R(s).with_name(t)),
               lambda: repr(M(s).with_name(t)))
        c.same('with_suffix %r %r' % (s, t), lambda: repr(R(s).with_suffix(t)),
               lambda: repr(M(s).with_suffix(t)))
        u = text()
        c.same('joinpath %r %r %r' % (s, t, u), lambda: repr(R(s).joinpath(t, u)),
               lambda: repr(M(s).joinpath(t, u)))
        c.same('rtruediv %r %r' % (s, t), lambda: repr(s / R(t)), lambda: repr(s / M(t)))
        c.same('is_relative_to %r %r' % (s, t), lambda: R(s).is_relative_to(t, u),
               lambda: M(s).is_relative_to(t, u))
        c.same('with_stem %r %r' % (s, t), lambda: repr(R(s).with_stem(t)),
               lambda: repr(M(s).with_stem(t)))
        c.same('as_uri %r' % s, lambda: R(s).as_uri(), lambda: M(s).as_uri())

# glob/rglob on a real tree: same paths in the same order.
import os
import tempfile
top = tempfile.mkdtemp()
try:
    for d in ['a', 'a/b', 'a/b/c', 'ab', '.h', 'a/.h2', 'x']:
        os.mkdir(os.path.join(top, d))
    for f in ['f.txt', 'a/g.py', 'a/b/h.py', 'a/b/c/i.txt', 'ab/j', '.h/k.py', 'a/.h2/l']:
        open(os.path.join(top, f), 'w').close()
    os.symlink('a', os.path.join(top, 'lnk'))
    os.symlink('missing', os.path.join(top, 'dangling'))
    globs = ['*', '**', '*/', '**/', 'a*', '?', '[ab]*', 'a/b', 'a/..', 'a/*/*', '**/*.py', '**/*',
             'lnk/*', 'lnk/**', '*/**/*.txt', '.*', 'a/**/c', 'nope/*', '**/b/**', 'a/b/', 'x/**/']
    for pat in globs:
        c.same('glob %r' % pat, lambda: [str(p) for p in real.Path(top).glob(pat)],
               lambda: [str(p) for p in mine.Path(top).glob(pat)])
        c.same('rglob %r' % pat, lambda: [str(p) for p in real.Path(top).rglob(pat)],
               lambda: [str(p) for p in mine.Path(top).rglob(pat)])
finally:
    import shutil
    shutil.rmtree(top)
ok = c.report()
sys.exit(0 if ok else 1)
