# collections.Counter and defaultdict
from collections import Counter, defaultdict

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

c = Counter('abracadabra')
print(c)
print(c.most_common(2), c.most_common(), c.most_common(0))
print(c['a'], c['z'], 'z' in c, len(c))
print(sorted(c.elements()))
c.update('aaz'); print(c)
c.update({'q': 3}, r=2); print(c)
c.subtract('aaaa'); print(c)
c.subtract({'b': 5}); print(c)
print(c.total())
print(+c, -c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=4)
print(d + e, d - e, d | e, d & e)
print(d == Counter(a=3, b=1), d == Counter(a=3, b=1, z=0), d <= d + e, d < e, d >= Counter(a=1))
f = Counter(a=2); f += Counter(a=1, b=-1); print(f)
f -= Counter(a=10); print(f)
f = Counter(a=2, b=3); f |= Counter(a=5); print(f)
f &= Counter(b=1); print(f)
print(Counter(), repr(Counter({'x': 0})), Counter([1, 1, 2]).keys())
print(Counter.fromkeys if False else 'skip')
attempt('fromkeys', Counter.fromkeys, 'abc')
attempt('2 args', Counter, 'a', 'b')
del c['a']; del c['nope']; print(c)
print(Counter(x=1.5, y=2) + Counter(x=0.5))
g = Counter({'b': 2, 'a': 2, 'c': 3})
print(g.most_common(), list(g))
h = g.copy(); h['new'] += 1; print(h, g)
print(Counter('hello world').most_common(3))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2))

# defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory)
print(dd['missing'], dd)
print(dd.get('other'), 'other' in dd)
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(sorted(di.items()))
none = defaultdict()
print(none, none.default_factory)
attempt('missing no factory', lambda: none['x'])
attempt('bad factory', defaultdict, 5)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print({k: dict(v) for k, v in nested.items()})
cp = dd.copy(); print(type(cp).__name__, cp == dd, cp.default_factory is list)
print(repr(defaultdict(set, {1: {2}})))
ds = defaultdict(str, a='x'); print(ds['b'] + '!', ds)
print(isinstance(dd, dict), defaultdict.__missing__(defaultdict(tuple), 'k'))
m = defaultdict(list, {'a': [1]}) | {'b': [2]}; print(m)
class D(defaultdict):
    pass
print(D(int, {'k': 1}))
