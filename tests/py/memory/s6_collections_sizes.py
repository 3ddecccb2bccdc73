# sys.getsizeof of deque, OrderedDict and SimpleNamespace at many lengths,
# and of their subclasses' instances.
import sys
from collections import deque, OrderedDict
from types import SimpleNamespace

class D(deque):
    pass

class OD(OrderedDict):
    pass

class NS(SimpleNamespace):
    pass

print('empty', sys.getsizeof(deque()), sys.getsizeof(OrderedDict()), sys.getsizeof(SimpleNamespace()))
print('one', sys.getsizeof(deque([1])), sys.getsizeof(OrderedDict(a=1)), sys.getsizeof(SimpleNamespace(a=1)))
print('subclasses', sys.getsizeof(D()), sys.getsizeof(OD()), sys.getsizeof(OD(a=1)), sys.getsizeof(NS()), sys.getsizeof(NS(a=1)))
print('basicsize', deque.__basicsize__, OrderedDict.__basicsize__, SimpleNamespace.__basicsize__)
for n in range(0, 300, 7):
    d = deque(range(n))
    o = OrderedDict.fromkeys(range(n))
    s = OrderedDict((str(i), i) for i in range(n))
    print(n, sys.getsizeof(d), sys.getsizeof(o), sys.getsizeof(s), sys.getsizeof(D(range(n))), sys.getsizeof(OD.fromkeys(range(n))))
# growth one item at a time
d, o = deque(), OrderedDict()
ds, os_ = [], []
for i in range(150):
    d.append(i)
    o[i] = i
    ds.append(sys.getsizeof(d))
    os_.append(sys.getsizeof(o))
print(sorted(set(ds)))
print(sorted(set(os_)))
