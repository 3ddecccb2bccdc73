print('a', 'b', sep='-', end='!\n')
print('x', 'y', sep=None, end=None)
print()
print(1, 2, 3, sep='')
for kw in [{'sep': 1}, {'end': 2}, {'foo': 1}]:
    try: print('z', **kw)
    except TypeError as e: print(e)
import sys
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
w = W()
print('hello', 42, file=w, flush=True)
print(w.parts)
class D:
    def __dir__(self): return ['zeta', 'alpha', 'mid']
print(dir(D()))
class P:
    x = 1
    def __init__(self): self.y = 2
print([n for n in dir(P()) if not n.startswith('_')], vars(P()), 'x' in vars(P))
try: vars(5)
except TypeError as e: print(e)
def f(a, b=3):
    c = a + b
    print(sorted(locals().items()), sorted(vars()), dir())
f(1)
x = 10
print('x' in globals(), globals() is locals(), 'x' in dir())
o = type('O', (), {})()
setattr(o, 'k', 5); print(o.k, getattr(o, 'k'), hasattr(o, 'k'))
delattr(o, 'k'); print(hasattr(o, 'k'))
for e in ['setattr(o, 1, 2)', 'getattr(o, 1)', 'delattr(o, "nope")', 'hasattr(o, None)']:
    try: eval(e)
    except Exception as ex: print(type(ex).__name__, ex)
print(list(enumerate('ab', 1)), list(zip('ab', [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2], [3, 4])), list(filter(None, [0, 1, '', 'a'])), list(reversed([1, 2, 3])))
print(list(zip()), list(filter(lambda v: v > 1, range(4))), list(reversed(range(3))), list(reversed('abc')))
try: list(zip([1], [1, 2], strict=True))
except ValueError as e: print(e)
print(exit, quit, repr(license), type(exit).__name__, repr(help))
print(copyright)
print(credits)
try: exit(3)
except SystemExit as e: print('exit', e.code)
try: quit()
except SystemExit as e: print('quit', e.code)
