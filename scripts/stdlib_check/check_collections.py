#!/usr/bin/env python3
"""Compare src/stdlib/collections with CPython's collections."""
import collections as real
import random
import sys
from harness import load, Checker

mine = load('collections')
c = Checker('collections')
names = ['deque', 'defaultdict', 'Counter', 'OrderedDict', 'namedtuple', 'ChainMap',
         'UserDict', 'UserList', 'UserString']
R = {n: getattr(real, n) for n in names}
M = {n: getattr(mine, n) for n in names}
import collections.abc
R['cabc'] = collections.abc
M['cabc'] = mine._abc

exprs = r'''
deque()
deque([1, 2, 3])
deque([1, 2, 3], maxlen=2)
deque('abc', 0)
deque(range(10), maxlen=3).maxlen
deque(maxlen=-1)
deque(maxlen=1.5)
deque(1)
deque([1,2,3]).index(9)
deque([1,2,3]).index(3)
deque([1,2,3,1]).index(1, 1)
deque([1,2,3,1]).index(1, -2, -1)
deque([1,2,3]).remove(9)
deque().pop()
deque().popleft()
deque([1])[5]
deque([1])[-1]
deque([1,2])[-3]
deque([1,2,3], maxlen=3).insert(0, 1)
deque([1,2,3]) + deque([4])
deque([1,2,3], 3) + deque([4])
deque([1,2]) * 3
3 * deque([1,2])
deque([1,2], 3) * 3
deque([1,2]) * -1
deque([1,2]) == deque([1,2])
deque([1,2]) == [1,2]
deque([1,2]) < deque([1,3])
deque([1,2]) >= deque([1,2])
deque([1,2]).count(2)
len(deque(range(100)))
list(reversed(deque(range(5))))
2 in deque([1,2])
bool(deque())
d = deque(range(5)); d.rotate(2); result = d
d = deque(range(5)); d.rotate(-2); result = d
d = deque(range(5)); d.rotate(7); result = d
d = deque(range(5)); d.rotate(); result = d
d = deque(range(5)); d.rotate(1.5); result = d
d = deque(range(5)); d.reverse(); result = d
d = deque(range(5)); del d[2]; result = d
d = deque(range(5)); d[2] = 'x'; result = d
d = deque(range(5)); d.insert(2, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); d.insert(-100, 'w'); result = d
d = deque(range(5), 3); d.appendleft(9); result = d
d = deque(range(5), 3); d.extendleft('ab'); result = d
d = deque([1]); d.append(d); result = repr(d)
d = deque([1,2]); d.extend(d); result = d
d = deque([1,2]); d += [3]; result = d
d = deque([1,2]); d *= 2; result = d
d = deque([1,2,3]); result = d.copy(), d.copy() is d
d = deque(range(3))
for x in d: d.append(1)
d = deque([1,2])
d[1:2]
defaultdict()
defaultdict(int)
defaultdict(list, {1: 2})
defaultdict(1)
d = defaultdict(list); d['a'].append(1); d['b']; result = d
d = defaultdict(); d['x']
d = defaultdict(int, a=1); result = d.copy(), type(d.copy()).__name__
defaultdict(int, a=1) | {'b': 2}
{'b': 2} | defaultdict(int, a=1)
isinstance(defaultdict(), dict)
d = defaultdict(int); result = d.get('x'), 'x' in d
Counter()
Counter('abracadabra')
Counter('abracadabra').most_common()
Counter('abracadabra').most_common(2)
Counter('abracadabra').most_common(0)
Counter('abracadabra').most_common(-1)
Counter(a=3, b=1)['zz']
sorted(Counter(a=3, b=1, c=0, d=-2).elements())
list(Counter(b=2, a=3).elements())
Counter(a=1, b=2).total()
c = Counter('abc'); c.update('aab'); result = c
c = Counter('abc'); c.update({'a': 5}); result = c
c = Counter('abc'); c.subtract('aad'); result = c
c = Counter(); c.update(a=1); c.subtract(b=2); result = c
Counter(a=3, b=1) + Counter(a=1, b=2, c=-1)
Counter(a=3, b=1) - Counter(a=1, b=2, c=-1)
Counter(a=3, b=1) | Counter(a=1, b=2, c=-1)
Counter(a=3, b=1) & Counter(a=1, b=2, c=-1)
+Counter(a=-1, b=2)
-Counter(a=-1, b=2)
c = Counter(a=3); c += Counter(a=-5, b=1); result = c
c = Counter(a=3, b=1); c -= Counter(a=1); result = c
c = Counter(a=3, b=1); c |= Counter(a=5); result = c
c = Counter(a=3, b=1); c &= Counter(a=1); result = c
Counter(a=1) == Counter(a=1, b=0)
Counter(a=1) <= Counter(a=2)
Counter(a=1) < Counter(a=1)
Counter(a=1) == {'a': 1}
Counter.fromkeys('ab')
c = Counter('ab'); del c['zz']; result = c
Counter({1: 'x', 'a': 2})
Counter([1, 2, 2, 3, 3, 3]).most_common(1)
OrderedDict()
OrderedDict(a=1, b=2)
OrderedDict([('b', 1), ('a', 2)])
od = OrderedDict.fromkeys('abcde'); od.move_to_end('b'); result = od
od = OrderedDict.fromkeys('abcde'); od.move_to_end('b', last=False); result = od
od = OrderedDict.fromkeys('abcde'); od.move_to_end('z')
od = OrderedDict.fromkeys('abcde'); result = od.popitem(), od.popitem(last=False), od
OrderedDict().popitem()
OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)
OrderedDict(a=1, b=2) == dict(b=2, a=1)
OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1)
OrderedDict(a=1) | {'b': 2}
od = OrderedDict(a=1); od['b'] = od; result = od
list(reversed(OrderedDict(a=1, b=2)))
od = OrderedDict(a=1, b=2); result = od.pop('a'), od.pop('z', 5), od.setdefault('c', 3), od
od = OrderedDict(a=1, b=2); od.update([('c', 3)], d=4); result = od, od.copy()
o = OrderedDict(a=1, b=2); result = repr(o.keys()), repr(o.values()), repr(o.items()), list(reversed(o.keys())), o.keys() & {'a'}, o.keys() == {'a', 'b'}, o.items() == {('a', 1), ('b', 2)}, len(o.values()), 'a' in o.keys(), o.keys() | ['z'], o.keys() - {'a'}, sorted(o.keys() ^ {'a', 'q'}), sorted(['q'] | o.keys()), o.keys().isdisjoint(['x']), list(o.items()), ('a', 1) in o.items(), o.keys().mapping
o = OrderedDict(a=1); result = type(o.keys()).__name__, o.values() == o.values(), dict(o.items())
P = namedtuple('P', 'x y'); result = P(1, 2)
P = namedtuple('P', 'x y'); result = P(x=1, y=2), P(1, y=2)
P = namedtuple('P', ['x', 'y']); result = P(1, 2).x, P(1, 2)[1], P._fields
P = namedtuple('P', 'x, y', defaults=[5]); result = P(1), P._field_defaults, P.__doc__
P = namedtuple('P', 'x y z', defaults=[5, 6]); result = P(1), P(1, 2), P(1, z=0)
P = namedtuple('P', 'x y'); P(1)
P = namedtuple('P', 'x y z'); P()
P = namedtuple('P', 'x y z'); P(z=1)
P = namedtuple('P', 'x y'); P(1, 2, 3)
P = namedtuple('P', 'x y', defaults=[1]); P(1, 2, 3)
P = namedtuple('P', 'x'); P(1, 2)
P = namedtuple('P', ''); P(1)
P = namedtuple('P', 'x y'); P(1, z=2)
P = namedtuple('P', 'x y'); P(1, x=2)
P = namedtuple('P', 'x y'); P._make([1])
P = namedtuple('P', 'x y'); result = P._make([1, 2]), P(1, 2)._asdict()
P = namedtuple('P', 'x y'); result = P(1, 2)._replace(x=5)
P = namedtuple('P', 'x y'); P(1, 2)._replace(z=5)
P = namedtuple('P', 'x y'); result = P(1, 2) == (1, 2), isinstance(P(1, 2), tuple), hash(P(1, 2)) == hash((1, 2))
P = namedtuple('P', 'x y'); result = P(1,2).__module__, repr(P), P.__name__, P.__qualname__
P = namedtuple('P', 'x y'); P(1, 2).z = 3
P = namedtuple('P', 'x y'); result = P.__match_args__, P(3, 4)._fields
namedtuple('P', 'x _y')
namedtuple('P', 'x x')
namedtuple('P', 'x def')
namedtuple('1P', 'x')
namedtuple('P', 'x y', defaults=[1, 2, 3])
namedtuple('Q', 'a def a _b 1c', rename=True)._fields
namedtuple('P', 'x y', module='foo').__module__
namedtuple('P', [1])
P = namedtuple('P', 'x y'); x, y = P(1, 2); result = x + y
P = namedtuple('P', 'x y'); result = P(1, [2]) + (3,)
ChainMap()
ChainMap({1: 2}, {3: 4})
cm = ChainMap({1: 2}, {1: 3, 4: 5}); result = cm[1], cm[4], len(cm), list(cm), cm.get(9), 4 in cm
cm = ChainMap({1: 2}, {1: 3, 4: 5}); cm[6] = 7; result = cm.maps
cm = ChainMap({1: 2}, {1: 3, 4: 5}); del cm[4]
cm = ChainMap({}, {1: 3}); cm.pop(1)
ChainMap().popitem()
cm = ChainMap({1: 2}); result = cm.new_child(), cm.new_child().parents, cm.new_child({5: 6}), cm.new_child(a=1)
cm = ChainMap({1: 2}, {3: 4}); result = list(cm.items()), list(cm.keys()), list(cm.values())
ChainMap({1: 2})[9]
ChainMap({1: 2}) == {1: 2}
ChainMap({1: 2}) | {3: 4}
UserDict(a=1)
ud = UserDict(a=1); ud['b'] = 2; result = ud, len(ud), list(ud), ud.data, ud.get('z', 0), 'a' in ud
UserDict(a=1)['b']
class U(UserDict):
    def __missing__(self, key): return 'miss'
result = U(a=1).get('zz'), U(a=1)['q'], repr(U(a=1).keys()), repr(UserDict(a=1).items())
result = repr(ChainMap({1: 2}).keys()), list(ChainMap({1: 2}, {3: 4}).items()), ChainMap({1: 2}) == ChainMap({1: 2})
result = [isinstance(x, cabc.MutableMapping) for x in (UserDict(), ChainMap(), OrderedDict(), Counter())], isinstance(UserList(), cabc.MutableSequence), isinstance(UserString(''), cabc.Sequence), isinstance(deque(), cabc.MutableSequence), isinstance(deque(), cabc.Reversible)
ul = UserList([1, 2, 3]); result = list(reversed(ul)), ul.index(2), 3 in ul
us = UserString('hello'); result = list(reversed(us)), us.count('l'), us.index('e'), 'ell' in us
UserDict(a=1) == {'a': 1}
UserList([1, 2])
ul = UserList([3, 1, 2]); ul.sort(); ul.append(5); result = ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul)
UserList([1]) == [1]
UserString('abc')
us = UserString('abc'); result = us.upper(), type(us.upper()).__name__, us + 'd', us[1], len(us), us.split('b'), us.find('c'), str(us)
UserString('a') == 'a'
'''.strip().split('\n')

c.expr(exprs, R, M)

# Randomised deque operations against the real deque.
rng = random.Random(5)
for trial in range(300):
    maxlen = rng.choice([None, None, 0, 1, 3, 7])
    a, b = real.deque(maxlen=maxlen), mine.deque(maxlen=maxlen)
    log = []
    for step in range(60):
        op = rng.choice(['append', 'appendleft', 'pop', 'popleft', 'extend', 'extendleft',
                         'rotate', 'insert', 'remove', 'del', 'set', 'index', 'reverse', 'clear'])
        arg = rng.randrange(-10, 10)
        def do(d):
            if op in ('append', 'appendleft'):
                return getattr(d, op)(arg)
            if op in ('pop', 'popleft', 'reverse'):
                return getattr(d, op)()
            if op in ('extend', 'extendleft'):
                return getattr(d, op)(range(arg % 5))
            if op == 'rotate':
                return d.rotate(arg)
            if op == 'insert':
                return d.insert(arg, 'i')
            if op == 'remove':
                return d.remove(arg)
            if op == 'del':
                del d[arg]
                return
            if op == 'set':
                d[arg] = 's'
                return
            if op == 'index':
                return d.index(arg)
            if op == 'clear':
                if rng.random() < 0.1:
                    d.clear()
        log.append(op)
        st = rng.getstate()
        ra = c.outcome(lambda: do(a))
        rng.setstate(st)
        rb = c.outcome(lambda: do(b))
        if ra != rb or list(a) != list(b) or repr(a) != repr(b):
            c.failed += 1
            print('FAIL deque random', log, ra, rb, a, b)
            break
    else:
        c.passed += 1

ok = c.report()
sys.exit(0 if ok else 1)
