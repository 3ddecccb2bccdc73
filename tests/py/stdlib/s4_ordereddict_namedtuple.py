# collections.OrderedDict and namedtuple
from collections import OrderedDict, namedtuple

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
attempt('move missing', od.move_to_end, 'zz')
print(od.popitem(), od)
print(od.popitem(last=False), od)
attempt('popitem empty', OrderedDict().popitem)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {'y': 2, 'x': 1})
print(list(reversed(o1)), o1.copy(), OrderedDict.fromkeys('abc', 0))
print(o1.setdefault('z', 9), o1.pop('x'), o1.pop('nope', 'dflt'), o1)
attempt('pop missing', o1.pop, 'nope')
o1.update(k=1); print(o1, o1 | {'m': 2})
print(repr(OrderedDict()), OrderedDict(a=1))
r = OrderedDict(); r['self'] = r; print(r)
print(list(o1.keys()), list(o1.values()), list(reversed(o1.items())))

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, Point.__name__, len(p))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
x, y = p; print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
attempt('too few', Point, 1)
attempt('too many', Point, 1, 2, 3)
attempt('bad kw', Point, 1, z=3)
attempt('dup kw', Point, 1, 2, x=3)
attempt('replace bad', p._replace, z=1)
attempt('make short', Point._make, [1])
attempt('setattr', setattr, p, 'x', 5)
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(9), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', 'abc def class _x abc', rename=True)
print(R._fields)
attempt('bad name', namedtuple, 'Bad', ['ok', 'def'])
attempt('underscore', namedtuple, 'Bad', ['_x'])
attempt('dup field', namedtuple, 'Bad', ['a', 'a'])
attempt('bad typename', namedtuple, '1abc', ['a'])
attempt('too many defaults', namedtuple, 'T', 'a', defaults=[1, 2])
S = namedtuple('S', 'a, b', module='mymod')
print(S.__module__, S(1, 2), S.__doc__, S.a.__doc__)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return 'Vec<%d,%d>' % self
v = Vec(3, 4)
print(v, v.norm2(), v._replace(y=0), Vec.__mro__[1].__name__, isinstance(v, tuple))
print(Point.__match_args__)
if isinstance(p, Point):
    a, b = p
    print("matched", a, b)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
