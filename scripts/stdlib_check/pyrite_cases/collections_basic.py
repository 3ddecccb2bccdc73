import sys
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d, len(d), d[0])
c = Counter('abracadabra')
print(c.most_common(2), c)
dd = defaultdict(list); dd['a'].append(1); print(dd)
P = namedtuple('P', 'x y'); print(P(1, 2), P(1, 2)._asdict())
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od)
