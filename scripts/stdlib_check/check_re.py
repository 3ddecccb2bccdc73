"""Differential check of the `re` module: many generated patterns x subjects
run under pyrite and under CPython, compared line by line.

`re` is native in pyrite (src/modules/re/ + src/stdlib/re.py), so unlike the
other checks this one runs a pyrite binary:

    python3 scripts/stdlib_check/check_re.py [PYRITE_BINARY] [--seed N] [--count N] [-v]

It writes one probe program (a list of cases), runs it with both
interpreters, and prints `re: PASS n FAIL m` (exit status 1 on failures),
with the first differing cases shown.
"""

import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

ATOMS = [
    'a', 'b', 'ab', '.', r'\d', r'\w', r'\s', r'\D', r'\W', r'\S', '[a-c]', '[^ab]', r'[\d_]', '[-x]',
    r'\.', 'x', '[A-Z]', '(?i:a)', '[^\\s]', 'é', 'É', r'\n', '[à-ÿ]',
]
ANCHORS = ['^', '$', r'\b', r'\B', r'\A', r'\Z']
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}', '{0,1}?', '*+', '++']
SUBJECTS = [
    '', 'a', 'ab', 'aab', 'abc abc', 'ba\nab', 'xx.yy', '12 ab_3', 'AbA bAb', 'héllo wörld',
    'aaa bbb ccc', ' \t a\n', 'ÉCOLE école', 'x-y_z', 'a1b2c3', 'abababab', '\nab\n',
]
FLAGS = ['0', 're.I', 're.M', 're.S', 're.A', 're.I|re.M', 're.X']
SPECIAL = [
    r'(a|ab)(c|bcd)(d*)', r'(a+)(b+)?', r'((a)|b)+', r'(?P<x>\w)(?P=x)', r'(\w)\1', r'(?<=a)b',
    r'(?<!a)b', r'(?=ab)a', r'(?!ab)a', r'(a)?(?(1)b|c)', r'(?:ab)*?b', r'(a*)*', r'(a*)+b', r'(a|)+',
    r'\w+@\w+\.\w+', r'^(\w+)\s(\w+)$', r'(?m)^\w', r'(?s).+', r'[^\W\d]+', r'(?x) a b  c',
    r'(?i)[a-z]+', r'\bab\b', r'(?>a+)b', r'a{2,3}?', r'(ab|a)*c', r'(?:a|b)*?a', r'(.)(.)(.)?',
    r'(\d+)-(\d+)', r'a(?#comment)b', r'[\]]', r'[]a]', r'[a\-z]', r'\x41|\u00e9', r'\0', r'\101',
]
BAD = [
    '(', ')', '*', 'a**', '[a', r'\q', '[z-a]', 'a{3,2}', '(?P<1>a)', r'(a)\2', '(?<=a+)b',
    'x(?i)y', '(?z)', '(?P=n)', '(?P<n>a)(?P<n>b)', r'[\d-z]', '(?#x', '(?<x)', 'a{99999999999}',
    r'\x4', r'\u12', '(?i', '(?-z:a)', '(?i-i:a)', '+a', 'a|*', '(?', r'\777', r'(?(2)a|b)',
    '(?(x)a)', '(a)(?(1)b|c|d)', '\\', 'a\\', '(?P<a-b>x)', r'(?P',
]


def make_cases(rng, count):
    cases = []
    for p in SPECIAL:
        for f in ('0', 're.I'):
            cases.append(('p', p, f))
    for p in BAD:
        cases.append(('p', p, '0'))
    for _ in range(count):
        n = rng.randint(1, 4)
        parts = []
        for _ in range(n):
            r = rng.random()
            if r < 0.12:
                parts.append(rng.choice(ANCHORS))
                continue
            atom = rng.choice(ATOMS)
            if r < 0.3:
                atom = '(' + atom + rng.choice(['', '|' + rng.choice(ATOMS)]) + ')'
            elif r < 0.38:
                atom = '(?:' + atom + '|' + rng.choice(ATOMS) + ')'
            parts.append(atom + rng.choice(QUANTS))
        cases.append(('p', ''.join(parts), rng.choice(FLAGS)))
    return cases


PROBE = r'''
import re
cases = %r
subjects = %r
for kind, p, f in cases:
    flags = eval(f)
    try:
        rx = re.compile(p, flags)
    except (re.error, OverflowError, ValueError) as e:
        print(repr(p), f, 'ERR', type(e).__name__, e)
        continue
    out = [repr(rx), rx.groups, sorted(rx.groupindex.items())]
    for s in subjects:
        try:
            m = rx.search(s)
            row = [rx.findall(s), rx.split(s), rx.sub('<\\g<0>>', s), rx.subn('-', s, 2)]
            if m:
                row += [m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, repr(m)]
            fm = rx.fullmatch(s)
            row.append(fm and fm.span())
            mm = rx.match(s, 1)
            row.append(mm and mm.span())
            row.append([x.span() for x in rx.finditer(s, 1, 5)])
            bs = s.encode('utf-8')
        except Exception as e:
            row = ['EXC', type(e).__name__, str(e)]
        out.append(row)
    try:
        bp = p.encode('latin-1')
        brx = re.compile(bp, flags & ~re.U)
        out.append([brx.findall(b'aab 12 AbA x-y'), brx.sub(b'#', b'ab ab', 1)])
    except Exception as e:
        out.append(['BEXC', type(e).__name__, str(e)])
    print(repr(p), f, out)
'''


def run(cmd, path):
    r = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=600)
    return r.stdout.splitlines(), r.stderr, r.returncode


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    seed, count = 1234, 400
    if '--seed' in args:
        seed = int(args[args.index('--seed') + 1])
    if '--count' in args:
        count = int(args[args.index('--count') + 1])
    binary = next((a for a in args if os.path.sep in a or a.endswith('pyrite')),
                  os.path.join(os.environ.get('CARGO_TARGET_DIR', os.path.join(ROOT, 'target')), 'debug', 'pyrite'))
    cases = make_cases(random.Random(seed), count)
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False, encoding='utf-8') as fh:
        fh.write(PROBE % (cases, SUBJECTS))
        path = fh.name
    try:
        want, werr, _ = run([sys.executable], path)
        got, gerr, grc = run([binary], path)
    finally:
        os.unlink(path)
    if werr:
        print('CPython failed:', werr[-2000:])
        return 2
    passed = failed = 0
    shown = 0
    for i, w in enumerate(want):
        g = got[i] if i < len(got) else '<missing>'
        if w == g:
            passed += 1
        else:
            failed += 1
            if shown < (50 if verbose else 8):
                shown += 1
                print('--- case', i)
                print('  python3:', w[:600])
                print('  pyrite: ', g[:600])
    if len(got) > len(want):
        failed += len(got) - len(want)
    if grc != 0 and gerr:
        print('pyrite stderr:', gerr[-1500:])
    print(f're: PASS {passed} FAIL {failed}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
