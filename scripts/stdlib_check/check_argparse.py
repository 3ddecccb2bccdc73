"""Differential check of argparse: random parsers (positionals, options,
nargs, actions, groups, sub-commands) and random command lines run under
pyrite and under CPython; help, usage, results and error output compared.

    python3 scripts/stdlib_check/check_argparse.py [PYRITE_BINARY] [--seed N] [--count N] [-v]
        [--pythonpath DIR]   (pyrite only: e.g. src/stdlib, to try edits without rebuilding)

Prints `argparse: PASS n FAIL m` (exit status 1 on failures).
"""

import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

HELPS = [None, 'a short help', 'help with %(default)s default', 'a much longer help text that will need '
         'to be wrapped over several lines of output', '', 'type %(type)s choices %(choices)s']


def gen_action(rng, k, positional):
    kw = {}
    if positional:
        names = ['pos%d' % k]
        kw['nargs'] = rng.choice([None, None, '?', '*', '+', 2, 1])
        if rng.random() < 0.2:
            kw['choices'] = ['x', 'y', 'zz']
    else:
        opts = []
        r = rng.random()
        if r < 0.4:
            opts = ['-' + 'abcdefg'[k % 7], '--opt%d' % k]
        elif r < 0.7:
            opts = ['--opt%d' % k]
        elif r < 0.85:
            opts = ['-' + 'abcdefg'[k % 7]]
        else:
            opts = ['--long-name-%d' % k, '-' + 'abcdefg'[k % 7] + 'x']
        names = opts
        act = rng.choice(['store', 'store', 'store_true', 'store_false', 'append', 'count', 'store_const',
                          'extend', 'append_const', 'bool'])
        if act == 'bool':
            kw['action'] = 'BOOL'
            names = [o for o in opts if o.startswith('--')] or ['--flag%d' % k]
            kw['default'] = rng.choice([None, True, False])
        else:
            kw['action'] = act
        if act in ('store', 'append', 'extend'):
            kw['nargs'] = rng.choice([None, None, '?', '*', '+', 2] if act != 'extend' else ['*', '+', 2])
            if kw['nargs'] == '?':
                kw['const'] = 'C'
            if rng.random() < 0.3:
                kw['type'] = 'int'
            if rng.random() < 0.2:
                kw['choices'] = ['1', '2', 'x'] if 'type' not in kw else [1, 2, 3]
            if rng.random() < 0.2:
                kw['metavar'] = 'M' if kw['nargs'] != 2 else ('P', 'Q')
            if rng.random() < 0.2 and act == 'store':
                kw['required'] = True
            if rng.random() < 0.3:
                kw['default'] = rng.choice(['7', 3, None])
        if act in ('store_const', 'append_const'):
            kw['const'] = k
        if rng.random() < 0.2:
            kw['dest'] = 'd%d' % k
    h = rng.choice(HELPS)
    if h is not None:
        if '%(type)s' in h and 'type' not in kw:
            h = 'plain'
        if '%(choices)s' in h and 'choices' not in kw:
            h = 'plain help'
        kw['help'] = h
    if rng.random() < 0.05:
        kw['help'] = 'SUPPRESS'
    return names, kw


def gen_parser(rng):
    spec = {'prog': rng.choice(['prog', 'p', 'a-rather-long-program-name-for-usage']),
            'description': rng.choice([None, 'Describe me.', 'A longer description ' * 6]),
            'epilog': rng.choice([None, 'The end.']),
            'formatter': rng.choice(['HelpFormatter', 'HelpFormatter', 'RawTextHelpFormatter',
                                     'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter']),
            'width': rng.choice([40, 60, 80, 100]),
            'add_help': rng.random() < 0.9,
            'allow_abbrev': rng.random() < 0.8,
            'exit_on_error': rng.random() < 0.8,
            'argument_default': rng.choice([None, None, None, 'SUPPRESS', 'AD']),
            'conflict_handler': rng.choice(['error', 'error', 'resolve'])}
    args = []
    npos = rng.randint(0, 3)
    nopt = rng.randint(0, 6)
    for k in range(nopt):
        args.append(('opt',) + gen_action(rng, k, False))
    for k in range(npos):
        args.append(('pos',) + gen_action(rng, k, True))
    rng.shuffle(args)
    spec['args'] = args
    spec['mutex'] = rng.random() < 0.3
    spec['mutex_required'] = rng.random() < 0.3
    spec['group'] = rng.random() < 0.3
    spec['sub'] = rng.random() < 0.2
    return spec


TOKENS = ['x', 'y', 'zz', '1', '2', '3', '-1', '--', 'foo', '-h', 'a', 'b=c', '-', '--opt0', '--opt1', '--opt2',
          '--opt3', '-a', '-b', '-c', '-d', '-e', '-ab', '-a1', '--opt1=2', '--op', '--long', '--no-flag0',
          '--flag1', 'run', 'stop', '-z', '--unknown', '-bx']


def gen_argv(rng):
    return [rng.choice(TOKENS) for _ in range(rng.randint(0, 6))]


RUNNER = r'''
import argparse, io, contextlib, sys
def build(spec):
    fc = getattr(argparse, spec['formatter'])
    class F(fc):
        def __init__(self, prog):
            super().__init__(prog, width=spec['width'])
    p = argparse.ArgumentParser(prog=spec['prog'], description=spec['description'], epilog=spec['epilog'],
                                formatter_class=F, add_help=spec['add_help'], allow_abbrev=spec['allow_abbrev'],
                                exit_on_error=spec['exit_on_error'], conflict_handler=spec['conflict_handler'],
                                argument_default=(argparse.SUPPRESS if spec['argument_default'] == 'SUPPRESS'
                                                  else spec['argument_default']))
    opts = [a for a in spec['args'] if a[0] == 'opt']
    mutex = p.add_mutually_exclusive_group(required=spec['mutex_required']) if spec['mutex'] else None
    group = p.add_argument_group('grouped', 'Group text.') if spec['group'] else None
    for i, (kind, names, kw) in enumerate(spec['args']):
        kw = dict(kw)
        if kw.get('action') == 'BOOL':
            kw['action'] = argparse.BooleanOptionalAction
        if kw.get('type') == 'int':
            kw['type'] = int
        if kw.get('help') == 'SUPPRESS':
            kw['help'] = argparse.SUPPRESS
        target = p
        if kind == 'opt' and mutex is not None and i % 2 == 0 and not kw.get('required'):
            target = mutex
        elif group is not None and i % 3 == 1:
            target = group
        try:
            target.add_argument(*names, **kw)
        except Exception as e:
            print('ADD', type(e).__name__, e)
    if spec['sub']:
        sp = p.add_subparsers(dest='cmd', help='commands')
        r = sp.add_parser('run', help='run it')
        r.add_argument('--fast', action='store_true')
        r.add_argument('target', nargs='?')
        sp.add_parser('stop', aliases=['halt'])
    return p
for spec, argvs in CASES:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            p = build(spec)
            print(p.format_help())
            for argv in argvs:
                try:
                    print(p.parse_known_args(argv))
                except SystemExit as e:
                    print('exit', e.code)
                except argparse.ArgumentError as e:
                    print('ArgumentError', e)
            p.print_usage()
        except Exception as e:
            print('EXC', type(e).__name__, e)
    text = out.getvalue()
    while ' at 0x' in text:   # object addresses differ between runs
        k = text.index(' at 0x')
        j = k + 6
        while j < len(text) and text[j] in '0123456789abcdef':
            j += 1
        text = text[:k] + ' at ADDR' + text[j:]
    print(repr(text))
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


def main():
    args = sys.argv[1:]
    pyrite = os.path.join(ROOT, 'target', 'debug', 'pyrite')
    seed, count, verbose, pypath = 1, 200, False, None
    while args:
        a = args.pop(0)
        if a == '--seed':
            seed = int(args.pop(0))
        elif a == '--count':
            count = int(args.pop(0))
        elif a == '--pythonpath':
            pypath = args.pop(0)
        elif a == '-v':
            verbose = True
        else:
            pyrite = a
    rng = random.Random(seed)
    cases = [(gen_parser(rng), [gen_argv(rng) for _ in range(4)]) for _ in range(count)]
    src = 'CASES = ' + repr(cases) + '\n' + RUNNER
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
            if verbose or fails <= 3:
                print('--- case', repr(case))
                print('  python3:', e[:3000])
                print('  pyrite: ', g[:3000])
    if len(exp) != len(cases):
        print('python3 stderr:', err1[-2000:])
    if len(got) != len(cases):
        print('pyrite stderr:', err2[-2000:])
    print('argparse: PASS %d FAIL %d' % (len(cases) - fails, fails))
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
