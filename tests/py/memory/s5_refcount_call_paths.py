# sys.getrefcount inside callees reached through the different CPython 3.11
# call paths: f(*list) frees the list before the call, a keyword dict passed
# with ** is unpacked into a new array, classes and instances with __call__
# go through an argument tuple, __getattr__ and __format__ are bound first,
# and a dict insertion holds its key and value while hashing.
import sys
rc = sys.getrefcount


class O:
    pass


o = O()


def f(*a, **k):
    print('f', [rc(x) for x in a], {kk: rc(v) for kk, v in k.items()})


def g(a, k=None):
    print('g', rc(a), rc(k) if k is not None else '-')


f(o); f(o, k=o); f(k=o); f(*[o]); f(*(o,)); f(**{'k': o}); f(o, **{'k': o}); f(*[o], **{'k': o})
g(o); g(o, k=o); g(*[o]); g(*(o,)); g(**{'a': o}); g(o, **{'k': o}); g(*[o], **{'k': o})


class I:
    def __init__(self, *a, **k):
        print('init', rc(self), [rc(x) for x in a], {kk: rc(v) for kk, v in k.items()})

    def __call__(self, *a, **k):
        print('call', rc(self), [rc(x) for x in a], {kk: rc(v) for kk, v in k.items()})

    def m(self, *a, **k):
        print('m', rc(self), [rc(x) for x in a], {kk: rc(v) for kk, v in k.items()})


i = I(o); i = I(o, k=o); i = I(k=o); i = I(*[o]); i = I(**{'k': o})
i(o); i(o, k=o); i(k=o); i(*[o]); i(**{'k': o}); i(o, **{'k': o})
i.m(o); i.m(o, k=o); i.m(*[o]); i.m(**{'k': o}); i.m(o, **{'k': o})
bm = i.m
bm(o); bm(o, k=o); bm(*[o]); bm(**{'k': o})
del bm


class H:
    def __getattr__(self, name):
        print('__getattr__', rc(self))
        return 0

    def __format__(self, spec):
        print('__format__', rc(self))
        return 'F'

    def __hash__(self):
        print('__hash__', rc(self))
        return 1

    def __eq__(self, other):
        print('__eq__', rc(self), rc(other))
        return True


h = H()
h.missing
getattr(h, 'other')
f'{h}'
format(h, 'x')
'{}'.format(h)
d = {h: h}
d[h] = 2
e = {}
e[h] = 1
print({h: 1 for _ in range(1)} == {h: 1})
hash(h)
s = {h}
print('end', rc(h), rc(o))
