# collections.deque: maxlen, rotate, ends, indexing, errors, reprs
from collections import deque

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

d = deque()
print(d, len(d), bool(d))
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], d[2])
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2); print('rotate 2', d)
d.rotate(-3); print('rotate -3', d)
d.rotate(0); print('rotate 0', d)
d.rotate(len(d) * 3 + 1); print('rotate big', d)
e = deque()
e.rotate(5); print('empty rotate', e)

m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(99); print(m)
m.extend('ab'); print(m)
m.extendleft('xyz'); print(m)
m.insert  # exists
attempt('insert full', m.insert, 0, 'q')
z = deque(maxlen=0)
z.append(1); z.extend([1, 2]); print('maxlen0', z)
print(deque('abc', 5), repr(deque([], maxlen=2)))
attempt('neg maxlen', deque, [], -1)
attempt('maxlen str', deque, [], 'x')
attempt('pop empty', deque().pop)
attempt('popleft empty', deque().popleft)
attempt('index oob', lambda: deque([1])[5])
attempt('index str', lambda: deque([1])['a'])
attempt('remove missing', deque([1, 2]).remove, 3)
attempt('index missing', deque([1, 2]).index, 3)

d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.count(7), d.index(2), d.index(2, 2), d.index(1, 1))
d.remove(2); print(d)
d.reverse(); print(d)
d.insert(1, 'i'); d.insert(-1, 'j'); d.insert(100, 'end'); print(d)
d[0] = 'first'; del d[1]; print(d)
c = d.copy(); c.clear(); print(d, c)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) != deque([1]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 in deque([1, 2, 3]))
d2 = deque([1]); d2 += [2, 3]; d2 *= 2; print(d2)
print(list(reversed(deque('abc'))), list(deque('xyz')))
attempt('add list', lambda: deque([1]) + [2])

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
rec = deque([1]); rec.append(rec); print(rec)
m = deque([1, 2, 3], maxlen=3)
m2 = m.copy(); print(m2.maxlen, m2)
print(deque([1, 2, 3], maxlen=5) * 3)
# sliding window sum
def window(seq, n):
    w = deque(maxlen=n)
    for x in seq:
        w.append(x)
        if len(w) == n:
            yield sum(w)
print(list(window(range(10), 4)))
# tail of a file-like sequence
print(deque('line%d' % i for i in range(20))[-1], deque(range(20), 3))
print(type(deque).__name__, deque.__module__)
