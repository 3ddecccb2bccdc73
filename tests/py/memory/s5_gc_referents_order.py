# gc.get_referents lists what each type's tp_traverse visits, in its order
# (the collector follows the same order).
import gc, sys

def show(label, o):
    out = []
    for r in gc.get_referents(o):
        if isinstance(r, (int, str)) and not isinstance(r, bool):
            out.append(repr(r))
        elif r is globals():
            out.append('<globals>')
        elif isinstance(r, dict):
            out.append('dict' + repr(sorted(map(str, r.keys())))[:60])
        elif isinstance(r, type):
            out.append('type:' + r.__name__)
        else:
            out.append(type(r).__name__)
    print(label, out)

class C: pass
c = C(); c.x = 10; c.y = 20
show('inst', c)
c.__dict__
show('inst-dict', c)
class S:
    __slots__ = ('a', 'b')
class S2(S):
    __slots__ = ('c',)
s = S2(); s.a = 1; s.b = 2; s.c = 3
show('slots', s)
class SD(S):
    pass
sd = SD(); sd.a = 1; sd.b = 2; sd.z = 26
show('slots+dict', sd)
show('list', [1, 2, 3])
show('tuple', (1, [2], 3))
show('dict-str', {'a': 1, 'b': 2})
show('dict-int', {1: 'x', 2: 'y'})
show('dict-mixed', {'a': 1, 2: 'y'})
show('set', {100})
show('frozenset', frozenset([7]))
def outer():
    v = 5
    def inner(a=1, *, b=2) -> int:
        return v
    return inner
f = outer()
show('closure-func', f)
show('func', show)
show('cell', f.__closure__[0])
class M:
    def m(self): pass
show('bound', M().m)
def g(n):
    x = [n]
    yield x
gen = g(4)
show('gen', gen)
next(gen)
show('gen-started', gen)
show('module', sys.modules[__name__])
try:
    1/0
except Exception as e:
    show('exc', e)
    show('tb', e.__traceback__)
show('class', C)
show('subclass', S2)
class Meta(type): pass
class K(metaclass=Meta): pass
show('metaclass-instance', K)
show('int', 5)
show('str', 'abc')
