"""Differential check of difflib and urllib.parse: many generated inputs run
under pyrite and under CPython, compared line by line.

    python3 scripts/stdlib_check/check_text.py [PYRITE_BINARY] [--seed N] [--count N] [--only difflib|urllib] [-v]
        [--pythonpath DIR]   (pyrite only: e.g. src/stdlib, to try edits without rebuilding)

Like check_re.py it writes one probe program holding the generated cases as
literals, runs it with both interpreters and prints `difflib: PASS n FAIL m`
and `urllib.parse: PASS n FAIL m` (exit status 1 on failures), showing the
first differing cases.
"""

import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

WORDS = ['a', 'b', 'c', 'ab', 'abc', 'x', 'foo', 'bar', 'baz', ' ', '\t', '#', 'hello', 'world', 'q']


def gen_line(rng):
    return ''.join(rng.choice(WORDS) for _ in range(rng.randint(0, 6))) + '\n'


def gen_lines(rng):
    return [gen_line(rng) for _ in range(rng.randint(0, 10))]


def mutate(rng, lines):
    out = list(lines)
    for _ in range(rng.randint(0, 4)):
        r = rng.random()
        if r < 0.3 and out:
            del out[rng.randrange(len(out))]
        elif r < 0.6:
            out.insert(rng.randint(0, len(out)), gen_line(rng))
        elif out:
            k = rng.randrange(len(out))
            s = out[k]
            p = rng.randint(0, len(s))
            out[k] = s[:p] + rng.choice('xyz ab') + s[p:]
    return out


def difflib_cases(rng, count):
    cases = []
    for _ in range(count):
        kind = rng.choice(['sm', 'sm', 'ndiff', 'unified', 'context', 'close', 'smjunk', 'long'])
        if kind in ('sm', 'smjunk'):
            a = ''.join(rng.choice('abcd ') for _ in range(rng.randint(0, 20)))
            b = ''.join(rng.choice('abcd ') for _ in range(rng.randint(0, 20)))
            cases.append((kind, a, b))
        elif kind == 'long':
            a = [rng.choice('abcdefg') for _ in range(rng.randint(150, 400))]
            b = mutate(rng, a)
            cases.append((kind, a, b, rng.random() < 0.5))
        elif kind == 'close':
            cases.append((kind, rng.choice(WORDS + ['appel', 'ape', 'apple', 'peach']),
                          [rng.choice(WORDS + ['apple', 'ape', 'app', 'peach', 'puppy']) for _ in range(8)],
                          rng.randint(1, 4), rng.choice([0.0, 0.3, 0.6, 0.8])))
        else:
            a = gen_lines(rng)
            cases.append((kind, a, mutate(rng, a), rng.randint(0, 3)))
    return cases


DIFFLIB_RUNNER = r'''
import difflib
for case in CASES:
    kind = case[0]
    try:
        if kind in ('sm', 'smjunk'):
            sm = difflib.SequenceMatcher(None if kind == 'sm' else (lambda c: c == ' '), case[1], case[2])
            out = (sm.get_matching_blocks(), sm.get_opcodes(), round(sm.ratio(), 6),
                   round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6),
                   list(sm.get_grouped_opcodes(1)), sm.find_longest_match())
        elif kind == 'long':
            sm = difflib.SequenceMatcher(None, case[1], case[2], autojunk=case[3])
            out = (sm.get_opcodes(), sorted(sm.bpopular))
        elif kind == 'close':
            out = difflib.get_close_matches(case[1], case[2], case[3], case[4])
        elif kind == 'ndiff':
            d = list(difflib.ndiff(case[1], case[2]))
            out = (d, list(difflib.restore(d, 1)) == case[1], list(difflib.restore(d, 2)) == case[2])
        elif kind == 'unified':
            out = list(difflib.unified_diff(case[1], case[2], 'a', 'b', n=case[3]))
        else:
            out = list(difflib.context_diff(case[1], case[2], 'a', 'b', 'd1', 'd2', n=case[3]))
    except Exception as e:
        out = 'EXC %s: %s' % (type(e).__name__, e)
    print(repr(out))
'''

URL_PARTS = {
    'scheme': ['', 'http', 'https', 'ftp', 'file', 'mailto', 'HTTP', 'svn+ssh', 'data', 'urn', 'git', 'sftp', '1x', 'tel'],
    'auth': ['', 'user@', 'user:pw@', ':pw@', 'us%20er@', '@'],
    'host': ['', 'example.com', 'EXAMPLE.com', '127.0.0.1', '[::1]', '[fe80::1%25eth0]', 'h', 'a.b.c', '[v1.x]'],
    'port': ['', ':80', ':', ':0', ':65535', ':65536', ':abc', ':-1', ': 8'],
    'path': ['', '/', '/a/b', '/a/b/', 'a/b', '/a;p/b;q', '/%7Euser', '/a b', '/../x', '/./y/../z', '//double', '/é'],
    'query': ['', '?', '?a=1', '?a=1&b=2', '?a=1;b=2', '?x', '?q=a+b&q=c%20d', '?=v', '?a=&b'],
    'frag': ['', '#', '#frag', '#a?b', '#x#y'],
}
REL = ['', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '.', './', '..',
       '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
       './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'http://a/b', 'https://x/y', 'mailto:x', '?', '#']
QS = ['a=1&b=2', 'a=1&a=2', 'a', 'a=', '=b', 'a=1;b=2', 'a+b=c+d', 'x=%20%2B', '&&a=1&', 'a=1&&b',
      'k=v=w', 'e=%E2%82%AC', 'bad=%zz', '', ' ', 'a=%', 'q=1&q=&q=3']
QUOTE = ['abc', 'a b', 'a/b', 'a+b', '~user', 'é€', 'x?y=z&w#f', '%41', '', ' ', '\x00\x7f', "!*'();:@&=+$,/?#[]",
         'a%2Fb', '%E2%82%AC', '%zz', '%', 'a%2', '%C3%A9%C3']


def gen_url(rng):
    p = URL_PARTS
    s = rng.choice(p['scheme'])
    u = (s + ':') if s else ''
    if rng.random() < 0.8:
        u += '//' + rng.choice(p['auth']) + rng.choice(p['host']) + rng.choice(p['port'])
    u += rng.choice(p['path']) + rng.choice(p['query']) + rng.choice(p['frag'])
    return u


def url_cases(rng, count):
    cases = []
    for _ in range(count):
        kind = rng.choice(['parse', 'parse', 'join', 'join', 'quote', 'qs', 'encode', 'frag'])
        if kind in ('parse', 'frag'):
            cases.append((kind, gen_url(rng), rng.random() < 0.3))
        elif kind == 'join':
            base = rng.choice(['http://a/b/c/d;p?q', 'http://a/b/c/', 'http://a', 'file:///tmp/x', 'ftp://h/p/',
                               gen_url(rng), gen_url(rng), ''])
            cases.append((kind, base, rng.choice(REL + [gen_url(rng)]), rng.random() < 0.8))
        elif kind == 'quote':
            cases.append((kind, rng.choice(QUOTE) + rng.choice(QUOTE), rng.choice(['/', '', '@:', '~'])))
        elif kind == 'qs':
            cases.append((kind, '&'.join(rng.choice(QS) for _ in range(rng.randint(1, 3))),
                          rng.random() < 0.5, rng.random() < 0.2))
        else:
            items = [(rng.choice(['a', 'b c', 'é', '&']), rng.choice(['1', 'x y', ['p', 'q'], ('r',), b'by', 3, '/']))
                     for _ in range(rng.randint(0, 3))]
            cases.append((kind, items, rng.random() < 0.5, rng.choice(['', '/'])))
    return cases


URL_RUNNER = r'''
from urllib.parse import *
def attrs(r):
    out = [tuple(r), r.geturl()]
    for name in ('hostname', 'port', 'username', 'password'):
        try:
            out.append(getattr(r, name))
        except Exception as e:
            out.append('EXC %s: %s' % (type(e).__name__, e))
    return out
for case in CASES:
    kind = case[0]
    try:
        if kind == 'parse':
            u = case[1]
            p = urlparse(u, allow_fragments=not case[2])
            s = urlsplit(u)
            ub = u.encode('utf-8')
            out = (attrs(p), attrs(s), urlunparse(p), urlunsplit(s), tuple(urlsplit(ub)),
                   urlsplit(ub).geturl(), urlparse(u, 'dflt'))
        elif kind == 'frag':
            d = urldefrag(case[1])
            out = (tuple(d), d.geturl(), urldefrag(case[1].encode()))
        elif kind == 'join':
            out = urljoin(case[1], case[2], case[3])
        elif kind == 'quote':
            t = case[1]
            out = (quote(t), quote(t, case[2]), quote_plus(t), quote_plus(t, case[2]), unquote(t), unquote_plus(t),
                   quote(t.encode('utf-8')), unquote_to_bytes(t), quote_from_bytes(t.encode()), unquote(t, errors='strict') if '%' not in t else '')
        elif kind == 'qs':
            q = case[1]
            out = (parse_qs(q, case[2]), parse_qsl(q, case[2]), parse_qs(q.encode(), case[2]))
            if case[3]:
                try:
                    out = out + (parse_qsl(q, case[2], True),)
                except ValueError as e:
                    out = out + ('EXC ' + str(e),)
        else:
            out = (urlencode(case[1], case[2]), urlencode(case[1], case[2], safe=case[3]),
                   urlencode(dict((k, v) for k, v in case[1] if not isinstance(v, list)), True, quote_via=quote))
    except Exception as e:
        out = 'EXC %s: %s' % (type(e).__name__, e)
    print(repr(out))
'''


def run(interp, src, env):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(src)
        path = f.name
    try:
        r = subprocess.run([interp, path], capture_output=True, text=True, timeout=600, env=env)
    finally:
        os.unlink(path)
    return r.stdout.splitlines(), r.stderr


def compare(name, cases, runner, pyrite, verbose, pypath):
    src = 'CASES = ' + repr(cases) + '\n' + runner
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    exp, err1 = run(sys.executable, src, env)
    if pypath:
        env['PYTHONPATH'] = pypath
    got, err2 = run(pyrite, src, env)
    fails = 0
    for k, case in enumerate(cases):
        e = exp[k] if k < len(exp) else '<missing>'
        g = got[k] if k < len(got) else '<missing>'
        if e != g:
            fails += 1
            if verbose or fails <= 5:
                print('--- case', repr(case))
                print('  python3:', e[:2000])
                print('  pyrite: ', g[:2000])
    if len(exp) != len(cases):
        print('python3 stderr:', err1[-2000:])
    if len(got) != len(cases):
        print('pyrite stderr:', err2[-2000:])
    print('%s: PASS %d FAIL %d' % (name, len(cases) - fails, fails))
    return fails


def main():
    args = sys.argv[1:]
    pyrite = os.path.join(ROOT, 'target', 'debug', 'pyrite')
    seed, count, only, verbose, pypath = 1, 400, None, False, None
    while args:
        a = args.pop(0)
        if a == '--seed':
            seed = int(args.pop(0))
        elif a == '--count':
            count = int(args.pop(0))
        elif a == '--only':
            only = args.pop(0)
        elif a == '--pythonpath':
            pypath = args.pop(0)
        elif a == '-v':
            verbose = True
        else:
            pyrite = a
    rng = random.Random(seed)
    fails = 0
    if only in (None, 'difflib'):
        fails += compare('difflib', difflib_cases(rng, count), DIFFLIB_RUNNER, pyrite, verbose, pypath)
    if only in (None, 'urllib'):
        fails += compare('urllib.parse', url_cases(rng, count), URL_RUNNER, pyrite, verbose, pypath)
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
