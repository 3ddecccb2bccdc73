print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)))
e = enumerate([1]); print(type(e).__name__, iter(e) is e)
print(list(zip([1, 2], 'ab')), list(zip()), list(zip([1], [2], [3])), list(zip([1, 2, 3], 'ab')))
for args in ([[1, 2], 'a'], [[1], 'ab'], [[1], [2], 'abc'], [[1, 2], [1], [3]], [[1, 2, 3], [1, 2, 3], [1]]):
    try: print(list(zip(*args, strict=True)))
    except ValueError as ex: print(ex)
print(list(zip([1], [2], strict=True)))
try: zip(1)
except TypeError as ex: print(ex)
try: zip([1], foo=1)
except TypeError as ex: print(ex)
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2, 9])), list(map(str, [])))
try: map(abs)
except TypeError as ex: print(ex)
try: map(abs, 1)
except TypeError as ex: print(ex)
print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(iter(Seq())), list(Seq()))
class Rev:
    def __reversed__(self): return iter([9, 8])
print(list(reversed(Rev())))
for bad in (1, {1: 2}, {1}, iter([1])):
    try: reversed(bad)
    except TypeError as ex: print(ex)
n = iter([1, 2, 3]).__next__
cnt = [0]
def f():
    cnt[0] += 1; return cnt[0]
print(list(iter(f, 4)), type(iter(f, 4)).__name__)
try: iter(1, 2)
except TypeError as ex: print(ex)
try: iter(1)
except TypeError as ex: print(ex)
def shape(o):
    r = repr(o)
    return r[:r.index(' at 0x')] + r[-1], r[-1] == '>'
for o in [iter([]), iter(()), iter(''), iter(range(1)), iter({}), iter({}.values()), iter({}.items()), iter(set()), reversed([]), reversed(range(2)), reversed((1,)), enumerate([]), zip(), map(abs, []), filter(None, []), iter(f, 1), iter(Seq()), reversed(Seq())]:
    print(shape(o))
li = iter([1, 2, 3]); print(li.__length_hint__()); next(li); print(li.__length_hint__())
ri = reversed([1, 2, 3]); print(ri.__length_hint__()); next(ri); print(ri.__length_hint__())
rr = reversed(Seq()); print(rr.__length_hint__())
print(hasattr(enumerate([]), '__length_hint__'), hasattr(zip(), '__length_hint__'), hasattr(map(abs, []), '__length_hint__'))
import sys
print(sys.getsizeof(iter([])), sys.getsizeof(enumerate([])))
l = [1, 2]; it = iter(l); l.append(3); print(list(it))
it = iter([1]); print(next(it), next(it, 'done'), list(it))
z = zip([1, 2], [3, 4]); next(z); print(list(z))
m = map(lambda a, b: a + b, [1, 2], [3, 4]); print(next(m), list(m))
print(next(iter(range(3))), next(reversed(range(3))))
print(sorted(enumerate('cab'), key=lambda p: p[1]))
