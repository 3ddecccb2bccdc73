# argparse: error messages (stderr, exit status 2) captured with redirect_stderr.
import os
os.environ['COLUMNS'] = '80'
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog='errs')
p.add_argument('name')
p.add_argument('count', type=int, nargs='?')
p.add_argument('-n', '--number', type=int, choices=[1, 2, 3])
p.add_argument('--pair', nargs=2)
p.add_argument('--plus', nargs='+')
p.add_argument('--opt', nargs='?')
p.add_argument('--flag', action='store_true')
p.add_argument('--float', type=float)
p.add_argument('--choice', choices=['red', 'green'])
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-x', action='store_true')
g = p.add_mutually_exclusive_group()
g.add_argument('--left', action='store_true')
g.add_argument('--right', action='store_true')

def byte(s):
    if s == 'bad':
        raise argparse.ArgumentTypeError('%r is not a byte' % s)
    return int(s)
p.add_argument('--byte', type=byte)

cases = [
    [],
    ['a', 'notint'],
    ['a', '-n', '7'],
    ['a', '-n'],
    ['a', '--pair', 'x'],
    ['a', '--plus'],
    ['a', '--flag=yes'],
    ['a', '--float', 'abc'],
    ['a', '--choice', 'blue'],
    ['a', '--left', '--right'],
    ['a', '--ver'],
    ['a', '--bogus', 'x', 'y'],
    ['a', '--byte', 'bad'],
    ['a', '--byte', 'x1'],
    ['a', '1', 'extra'],
    ['a', '-n1', '-nx'],
    ['a', '--opt', 'o', 'p', 'q'],
]
for argv in cases:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            print(argv, p.parse_args(argv))
        except SystemExit as e:
            print(argv, 'exit', e.code)
    print(err.getvalue(), end='')

# exit_on_error=False raises ArgumentError instead
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('--k', nargs=2)
for argv in (['--n', 'x'], ['--k', '1']):
    try:
        q.parse_args(argv)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)

# required options, one-of groups, parser.error / exit
r = argparse.ArgumentParser(prog='r')
r.add_argument('--need', required=True)
r.add_argument('pos', nargs='+')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--a', action='store_true')
rg.add_argument('--b', action='store_true')
for argv in ([], ['x'], ['x', '--need', '1'], ['x', '--need', '1', '--b']):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            print(r.parse_args(argv))
        except SystemExit as e:
            print('exit', e.code)
    print(err.getvalue(), end='')

out = io.StringIO()
with contextlib.redirect_stderr(out):
    try:
        r.error('custom problem')
    except SystemExit as e:
        print('exit', e.code)
    try:
        r.exit(3, 'bye\n')
    except SystemExit as e:
        print('exit', e.code)
print(out.getvalue(), end='')
