# argparse: sub-commands (help, aliases, dest, required), parse_intermixed_args.
import os
os.environ['COLUMNS'] = '80'
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog='git')
p.add_argument('--verbose', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
a = sub.add_parser('add', help='add files')
a.add_argument('paths', nargs='+')
sub.add_parser('status')
p.print_help()
print('---')
c.print_help()
print('---')
a.print_usage()
for argv in (['commit', '-m', 'msg'], ['--verbose', 'ci', '-m', 'x', '--amend'], ['add', 'a', 'b'],
             ['status'], []):
    print(argv, p.parse_args(argv))
print(p.parse_known_args(['add', 'x', '--what', 'y']))

def attempt(parser, argv):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            print(parser.parse_args(argv))
        except SystemExit as e:
            print('exit', e.code)
    print(err.getvalue(), end='')

attempt(p, ['push'])
attempt(p, ['commit'])
attempt(p, ['add'])
attempt(p, ['status', 'extra'])

# titled sub-commands, required, metavar
q = argparse.ArgumentParser(prog='q')
q.add_argument('src')
qs = q.add_subparsers(title='commands', description='available commands', dest='cmd', required=True,
                      metavar='COMMAND')
qs.add_parser('go', help='go somewhere').add_argument('--far', type=int)
qs.add_parser('stop', help='stop now')
q.print_help()
attempt(q, ['here'])
attempt(q, ['here', 'go', '--far', '3'])
r = argparse.ArgumentParser(prog='r')
rs = r.add_subparsers(required=True)
rs.add_parser('x')
attempt(r, [])
try:
    r.add_subparsers()
except SystemExit as e:
    print('exit', e.code)

# intermixed
m = argparse.ArgumentParser(prog='m')
m.add_argument('--foo')
m.add_argument('cmd')
m.add_argument('rest', nargs='*', type=int)
print(m.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(m.parse_known_args('doit 1 --foo bar 2 3'.split()))
