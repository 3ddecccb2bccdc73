# argparse: help and usage layout (wrapping at COLUMNS-2), formatter classes.
import os
os.environ['COLUMNS'] = '70'
import argparse

p = argparse.ArgumentParser(
    prog='tool',
    description='Process some input files and write a report.  This description is long enough to wrap.',
    epilog='Report bugs to nobody.')
p.add_argument('inputs', nargs='+', metavar='FILE', help='files to read')
p.add_argument('output', nargs='?', help='where to write (default: %(default)s)', default='-')
p.add_argument('-o', '--out-format', choices=['json', 'text', 'csv'], default='text',
               help='output format, one of %(choices)s; default %(default)s')
p.add_argument('-j', '--jobs', type=int, default=4, metavar='N', help='run %(metavar)s jobs of type %(type)s')
p.add_argument('--very-long-option-name-here', action='store_true', help='a flag with a long name')
p.add_argument('--coords', nargs=3, type=float, metavar=('X', 'Y', 'Z'))
p.add_argument('--opt', nargs='?', const=1)
p.add_argument('--star', nargs='*')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--req', required=True, help='required option')
p.add_argument('--bool', action=argparse.BooleanOptionalAction, help='on or off')
p.add_argument('--version', action='version', version='%(prog)s 2.0')
g = p.add_argument_group('network', 'Options that talk to the network.')
g.add_argument('--host', default='localhost', help='host name')
g.add_argument('--port', type=int, help='port number to connect to, which must be between 1 and 65535 inclusive')
m = p.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true', help='go fast')
m.add_argument('--slow', action='store_true', help='go slow')
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))

for fc in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
           argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    q = argparse.ArgumentParser(prog='fmt', formatter_class=fc,
                                description='Line one\n   indented line two\n\nparagraph',
                                epilog='  epilog   text')
    q.add_argument('--n', type=int, default=3, help='a number\n  with a second line')
    q.add_argument('name', type=str, nargs='?', default='x', help='the name')
    q.add_argument('--flag', action='store_true', help='a flag')
    print('=== ' + fc.__name__)
    q.print_help()

# no help, custom usage, required mutex, empty parser
r = argparse.ArgumentParser(prog='r', add_help=False, usage='%(prog)s [stuff]')
r.add_argument('x')
r.print_help()
s = argparse.ArgumentParser(prog='s')
sm = s.add_mutually_exclusive_group(required=True)
sm.add_argument('-a', action='store_true')
sm.add_argument('-b', action='store_true')
sm.add_argument('-c', help=argparse.SUPPRESS)
s.print_help()
print(repr(argparse.ArgumentParser(prog='empty', add_help=False).format_help()))

# usage wrapping with a long prog name and many options
t = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-up-most-of-the-line')
for k in range(8):
    t.add_argument('--option-%d' % k, metavar='VALUE%d' % k)
t.add_argument('positional_one')
t.add_argument('positional_two', nargs='*')
t.print_usage()
u = argparse.ArgumentParser(prog='short')
for k in range(10):
    u.add_argument('-%s' % 'abcdefgijk'[k], '--long-%d' % k, nargs='+')
u.add_argument('pos', nargs=2)
u.print_usage()

# width through the formatter
w = argparse.ArgumentParser(prog='w', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10))
w.add_argument('--alpha', help='the alpha value used by this program when it runs')
w.print_help()

# version action output
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)

# nested groups still work in 3.11 but warn
n = argparse.ArgumentParser(prog='nest')
ng = n.add_argument_group('outer')
ng.add_argument_group('inner').add_argument('--deep')
nm = n.add_mutually_exclusive_group()
nm.add_mutually_exclusive_group().add_argument('--a')
nm.add_argument('--b')
n.print_help()
