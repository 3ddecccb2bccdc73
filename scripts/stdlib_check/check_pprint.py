#!/usr/bin/env python3
"""Compare src/stdlib/pprint with CPython's pprint."""
import collections
import dataclasses
import pprint as real
import random
import sys
import types
from harness import load, Checker

mine = load('pprint')
c = Checker('pprint')


@dataclasses.dataclass
class DC:
    name: str
    values: list
    hidden: int = dataclasses.field(default=0, repr=False)


rec = [1, 2]
rec.append(rec)
drec = {'a': 1}
drec['self'] = drec
data = [
    list(range(30)), {'key%d' % i: list(range(i)) for i in range(12)},
    {'b': 1, 'a': [1, 2, {'z': 'x' * 60, 'y': (1, 2, 3)}], 'c': {1, 2, 3}},
    tuple(range(40)), (1,), ('x' * 90,), set(range(40)), frozenset(range(30)), set(), frozenset(),
    'short', 'a long string ' * 12, 'line one\nline two is much longer ' * 5, '', b'bytes' * 30, b'abc',
    bytearray(b'xyz' * 40), collections.OrderedDict((str(i), i) for i in range(20)),
    collections.defaultdict(list, {i: [i] * 10 for i in range(8)}),
    collections.Counter('abracadabra' * 10 + 'xyzxyzqqqqqqqqqqqqqqqqqqqqqqqqqwwwwwwwwwwwwwwwwww'),
    collections.deque(range(40)), collections.deque(range(40), maxlen=50),
    collections.ChainMap({'a': list(range(20))}, {'b': list(range(20))}),
    types.SimpleNamespace(alpha=list(range(20)), beta='b' * 70, gamma={'x': 1}),
    DC('n' * 30, list(range(30))), [DC('a', [1])], type.__dict__['__dict__'].__class__,
    rec, drec, {3: 'int', 'a': 'str', (1,): 'tuple'}, [[[[[1, 2, 3]]]]], {'nested': {'deeper': {'deepest': list(range(25))}}},
    [None, True, 1.5, 2 + 3j, 10 ** 30], collections.UserList(range(40)), collections.UserDict({i: i for i in range(30)}),
    [collections.OrderedDict()], collections.Counter(), collections.defaultdict(int),
]
for obj in data:
    for kw in [{}, dict(width=40), dict(width=20, indent=4), dict(compact=True), dict(depth=2),
               dict(sort_dicts=False), dict(width=1), dict(underscore_numbers=True, width=30)]:
        c.same('pformat %.60r %r' % (obj, kw), lambda: real.pformat(obj, **kw), lambda: mine.pformat(obj, **kw))
for obj in data[:10] + [rec, drec]:
    c.same('saferepr', lambda: real.saferepr(obj), lambda: mine.saferepr(obj))
    c.same('isreadable', lambda: real.isreadable(obj), lambda: mine.isreadable(obj))
    c.same('isrecursive', lambda: real.isrecursive(obj), lambda: mine.isrecursive(obj))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    c.same('bad %r' % bad, lambda: real.PrettyPrinter(**bad), lambda: mine.PrettyPrinter(**bad))

rng = random.Random(5)


def rand(depth=0):
    r = rng.random()
    if depth > 3 or r < 0.35:
        return rng.choice([rng.randrange(10 ** rng.randrange(1, 8)), 'w' * rng.randrange(30),
                           None, 1.25, ('t', rng.randrange(100))])
    if r < 0.6:
        return [rand(depth + 1) for _ in range(rng.randrange(8))]
    if r < 0.8:
        return {('k%d' % rng.randrange(50)): rand(depth + 1) for _ in range(rng.randrange(6))}
    return tuple(rand(depth + 1) for _ in range(rng.randrange(5)))


for trial in range(300):
    obj = rand()
    kw = rng.choice([{}, dict(width=30), dict(width=50, compact=True), dict(indent=3, width=60)])
    c.same('random', lambda: real.pformat(obj, **kw), lambda: mine.pformat(obj, **kw))

import io


def via_stream(mod, obj, **kw):
    out = io.StringIO()
    mod.pprint(obj, stream=out, **kw)
    mod.pp(obj, stream=out, width=30)
    mod.PrettyPrinter(stream=out, indent=2, width=25).pprint(obj)
    return out.getvalue()


def custom_format(mod, obj):
    class Upper(mod.PrettyPrinter):
        def format(self, object, context, maxlevels, level):
            if isinstance(object, str):
                return repr(object.upper()), True, False
            return super().format(object, context, maxlevels, level)
    p = Upper(width=30)
    return p.pformat(obj), p.isreadable(obj), p.isrecursive(obj)


for obj in data[:12] + [{'b': 1, 'a': 'x' * 40}, ['k'] * 20]:
    c.same('stream %.40r' % (obj,), lambda: via_stream(real, obj), lambda: via_stream(mine, obj))
    c.same('custom format %.40r' % (obj,), lambda: custom_format(real, obj), lambda: custom_format(mine, obj))
ok = c.report()
sys.exit(0 if ok else 1)
