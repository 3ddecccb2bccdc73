# Compile-time limits: CPython's 20 statically nested blocks, the
# compiler's nesting limit (counted from the caller's depth for eval/exec),
# long elif chains, decimal literals past 4300 digits, and a big dict
# display (compiled in linear time).


def nested_try(n):
    src = ''.join(' ' * i + 'try:\n' for i in range(n)) + ' ' * n + 'pass\n'
    src += ''.join(' ' * i + 'finally: pass\n' for i in reversed(range(n)))
    return src


def nested_loops(n):
    return ''.join(' ' * i + 'for x%d in ():\n' % i for i in range(n)) + ' ' * n + 'pass\n'


for make, n in [(nested_try, 20), (nested_try, 21), (nested_loops, 20), (nested_loops, 21)]:
    try:
        compile(make(n), 'blocks.py', 'exec')
        print(make.__name__, n, 'ok')
    except SyntaxError as e:
        print(make.__name__, n, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


for n in (2993, 2994):
    try:
        eval('-' * n + '1')
        print('eval', n, 'ok')
    except RecursionError as e:
        print('eval', n, type(e).__name__, e)
for n in (2980, 3000):
    try:
        exec('-' * n + '1')
        print('exec', n, 'ok')
    except RecursionError as e:
        print('exec', n, type(e).__name__, e)


def in_function(n):
    try:
        eval('-' * n + '1')
        print('eval in function', n, 'ok')
    except RecursionError as e:
        print('eval in function', n, type(e).__name__, e)


in_function(2990)
in_function(2991)

for n in (2980, 3000):
    src = 'x = 3\nif x == 0: pass\n' + ''.join('elif x == %d: y = %d\n' % (i, i) for i in range(1, n))
    try:
        ns = {}
        exec(compile(src, 'elifs.py', 'exec'), ns)
        print(n, 'elifs ok', ns['y'])
    except RecursionError as e:
        print(n, 'elifs', type(e).__name__, e)

for digits in (4300, 4301):
    try:
        v = eval('1' * digits)
        print(digits, 'digits ok', v % 1000)
    except SyntaxError as e:
        print(digits, e.msg, e.lineno, e.offset)

d = eval('{' + ','.join('%d: %d' % (i, i * 2) for i in range(100000)) + '}')
print(len(d), d[99999])
