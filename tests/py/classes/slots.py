class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, '__dict__'))
class R:
    __slots__ = 'only'
r = R()
try:
    r.only
except AttributeError as e:
    print(e)
print(type(P.x).__name__, P.__slots__)
