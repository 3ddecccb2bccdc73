# argparse: actions, nargs, types, defaults, Namespace, parse_known_args.
import argparse

p = argparse.ArgumentParser(prog='basic')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--num', type=int, default=1)
p.add_argument('-f', '--float', type=float, dest='ratio')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', action='store_false', dest='color')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-I', action='append', dest='include')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--mode', choices=['a', 'b'], default='a')
p.add_argument('--color2', action=argparse.BooleanOptionalAction, default=True)

for argv in (['x'],
             ['x', 'y', '-n', '5', '-vvv', '-q'],
             ['-n3', 'x', '--no-color', '--const', '-I', 'a', '-Ib', '--include', 'c'] [:6] + ['-I', 'z'],
             ['x', '--tag', '--tag', '--ext', '1', '2', '--ext', '3'],
             ['x', '--pair', 'k', 'v', '--opt'],
             ['x', '--opt', 'given', '--many'],
             ['x', '--many', 'a', 'b', 'c', '--mode=b'],
             ['x', '--no-color2'],
             ['x', '--color2', '-f', '2.5'],
             ['--num=7', 'x', '--', '-y'],
             ['x', '--nu', '4', '--verb', '--verb']):
    print(argv, '->', p.parse_args(argv))

ns, rest = p.parse_known_args(['x', '--unknown', 'y', '-z', '--num', '2', 'extra'])
print(ns, rest)

# Namespace behaviour
a = argparse.Namespace(x=1, y='two')
b = argparse.Namespace(y='two', x=1)
print(a, a == b, a != b, 'x' in a, 'z' in a, vars(a))
setattr(a, 'with-dash', 3)
print(a)
print(argparse.Namespace() == argparse.Namespace(), argparse.Namespace(a=1) == {'a': 1})

# existing namespace, set_defaults/get_default
q = argparse.ArgumentParser(prog='q')
q.add_argument('--level', default='low')
q.set_defaults(level='high', extra=True)
print(q.get_default('level'), q.get_default('extra'), q.get_default('nope'))
target = argparse.Namespace(level='preset')
print(q.parse_args([], namespace=target))
print(q.parse_args(['--level', 'mid']))

# string defaults go through type=; non-string ones do not
r = argparse.ArgumentParser(prog='r')
r.add_argument('--n', type=int, default='10')
r.add_argument('--m', type=int, default=2.5)
print(r.parse_args([]))

# REMAINDER, '+' and fixed nargs positionals
s = argparse.ArgumentParser(prog='s')
s.add_argument('cmd')
s.add_argument('args', nargs=argparse.REMAINDER)
print(s.parse_args(['run', '-x', '--y', 'z']))
t = argparse.ArgumentParser(prog='t')
t.add_argument('first', nargs=2)
t.add_argument('rest', nargs='+')
t.add_argument('--flag', action='store_true')
print(t.parse_known_args(['a', 'b', 'c', '--flag', 'd']))
print(t.parse_args(['a', 'b', 'c', 'd', 'e']))

# prefix_chars, negative numbers, argument_default
u = argparse.ArgumentParser(prog='u', prefix_chars='-+', argument_default=argparse.SUPPRESS)
u.add_argument('+p', '++plus', action='store_true')
u.add_argument('-m', type=int)
u.add_argument('num', type=float, nargs='?')
print(u.parse_args(['+p', '-m', '-5', '-2.5']))
print(u.parse_args(['3']))
w = argparse.ArgumentParser(prog='w')
w.add_argument('-1', dest='one', action='store_true')
w.add_argument('x', nargs='?')
print(w.parse_args(['-1']))

# parents and conflict resolution
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('--own', type=int)
print(child.parse_args(['--shared', 'S', '--own', '3']))
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-x', '--xx', help='old')
res.add_argument('--xx', help='new', default='N')
print(res.parse_args(['-x', '1']), res.parse_args(['--xx', '2']))

# actions and parser reprs
print(p._actions[2])
print(repr(argparse.ArgumentParser(prog='rep', description='d')))
print(argparse.FileType('w'), argparse.FileType('rb', 0, encoding='utf-8'))

# add_argument mistakes
for bad in (lambda: p.add_argument('--num'),
            lambda: p.add_argument('pos', required=True),
            lambda: p.add_argument('--z', action='nope'),
            lambda: p.add_argument('--z', nargs=0),
            lambda: p.add_argument('--z', const=1),
            lambda: p.add_argument('z', dest='zz'),
            lambda: p.add_argument('--z', type='int'),
            lambda: p.add_argument('--z', nargs=2, metavar=('A', 'B', 'C')),
            lambda: p.add_argument('x-', '-y'),
            lambda: p.add_mutually_exclusive_group().add_argument('need')):
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
