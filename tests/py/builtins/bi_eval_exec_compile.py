def f(a, b=2):
    x = a + b
    def g(): return x
    print(sorted(locals()), eval('a + x'), dir())
    return sorted(locals())
print(f(1))
print(eval('1+2'), eval('  3*3'), eval(b'2*3'), eval('q', {'q': 4}), eval('q+r', {'q': 4}, {'r': 1}))
g = {}
exec('z = 10\ndef h(): return z + 1', g)
print(g['z'], g['h'](), sorted(g), type(g['__builtins__']).__name__)
loc = {}
exec('w = 1\nv = w + 1', {}, loc)
print(loc)
c = compile('a+1', 'f.py', 'eval'); print(type(c).__name__, eval(c, {'a': 41}), c.co_filename)
c = compile('for i in range(3): print(i)', 'ff', 'exec'); exec(c)
print(exec('1 + 1'), eval(compile('7', '<s>', 'single')))
try: exec('def f(:\n  pass')
except SyntaxError as e: print(type(e).__name__, e.filename, e.lineno)
try: exec('1/0')
except ZeroDivisionError as e: print('ZeroDivisionError', e)
for a in [([],), ('1', []), ('1', {}, 3), (5,)]:
    for fn in (eval, exec):
        try: fn(*a)
        except TypeError as e: print(fn.__name__, e)
try: compile('1', 'x', 'bad')
except ValueError as e: print(e)
try: compile(5, 'x', 'exec')
except TypeError as e: print(e)
class K:
    a = 1
    print(sorted(locals()), 'a' in dir())
    exec('b = a + 1')
print(K.b)
n = 5
exec('n += 1')
print(n, eval('n * 2'), 'n' in globals(), globals() is locals())
ns = {'__builtins__': {'len': len}}
print(eval('len([1, 2])', ns))
try: eval('print(1)', ns)
except NameError as e: print(e)
