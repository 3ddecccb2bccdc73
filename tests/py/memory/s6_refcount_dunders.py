# sys.getrefcount(self) inside dunder methods, reached through the builtin,
# operator or statement that calls them, in functions (the instance in a
# local, or a temporary) and at module level. Each call site runs fewer than
# 8 times: CPython 3.11 specialises a code object after 8 runs, and the
# specialised str(o) and o[i] hold one reference fewer (pyrite does not
# model specialisation).
import sys

rows = []

def rc(tag, self):
    # getrefcount(self) inside a dunder: what holds the instance while it runs.
    rows.append((tag, sys.getrefcount(self)))

class O:
    def __str__(self):
        rc('__str__', self); return 's'
    def __repr__(self):
        rc('__repr__', self); return 'r'
    def __format__(self, spec):
        rc('__format__', self); return 'f'
    def __len__(self):
        rc('__len__', self); return 1
    def __hash__(self):
        rc('__hash__', self); return 1
    def __iter__(self):
        rc('__iter__', self); return iter(())
    def __eq__(self, other):
        rc('__eq__', self); return True
    def __getitem__(self, i):
        rc('__getitem__', self); return 0
    def __call__(self):
        rc('__call__', self); return 0
    def __enter__(self):
        rc('__enter__', self); return self
    def __exit__(self, *a):
        rc('__exit__', self); return False
    def __bool__(self):
        rc('__bool__', self); return True
    def __contains__(self, x):
        rc('__contains__', self); return True
    def __getattr__(self, name):
        rc('__getattr__', self); return 0
    def __setitem__(self, k, v):
        rc('__setitem__', self)
    def __add__(self, other):
        rc('__add__', self); return 0
    def __neg__(self):
        rc('__neg__', self); return 0
    def __lt__(self, other):
        rc('__lt__', self); return True
    def __index__(self):
        rc('__index__', self); return 0
    def __int__(self):
        rc('__int__', self); return 0

def exercise(o):
    str(o)
    f'{o}'
    f'{o!s}'
    f'{o!r}'
    format(o)
    format(o, 'x')
    repr(o)
    '%s' % o
    '%r' % (o,)
    print(o, file=Sink)
    len(o)
    hash(o)
    iter(o)
    o == 1
    o[0]
    o()
    with o:
        pass
    if o:
        pass
    not o
    bool(o)
    1 in o
    o.missing
    o[1] = 2
    o + 1
    -o
    o < 1
    [0, 1][o]
    int(o)
    for _ in o:
        pass

class Sink:
    @staticmethod
    def write(s):
        pass

def table(label):
    print(label)
    for tag, n in rows:
        print(f"  {tag:14} {n}")
    del rows[:]


# Module level, the instance in a global (one pass: no module-level loop
# runs before it, so the module's code is not specialised).
g = O()
str(g); repr(g); f"{g}"; format(g); len(g); hash(g); g == 1; g[0]; g()
with g:
    pass
if g:
    pass
print(g, file=Sink)
"%s" % g
str(O()); print(O(), file=Sink); O()[0]
table("module global")


def in_function():
    o = O()
    exercise(o)


def run(label, make):
    runs = []
    for i in range(3):
        make()
        runs.append(list(rows))
        del rows[:]
    # The first and the third run (each unspecialised) side by side.
    rows.extend((tag, f"{a} {b}") for (tag, a), (_, b) in zip(runs[0], runs[2]))
    table(label)


run("function local", in_function)
run("temporary", lambda: exercise(O()))
