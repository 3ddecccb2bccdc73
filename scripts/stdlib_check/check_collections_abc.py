#!/usr/bin/env python3
"""Compare src/stdlib/collections/abc.py with CPython's collections.abc."""
import collections.abc as real
import importlib.util
import os
import sys
from harness import Checker, ROOT

spec = importlib.util.spec_from_file_location('py_collections_abc',
                                              os.path.join(ROOT, 'collections', 'abc.py'))
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)
c = Checker('collections.abc')

names = [n for n in real.__all__ if n != 'Buffer']


def gen():
    yield 1


async def coro():
    pass


class OnlyIter:
    def __iter__(self):
        return iter(())


class OnlyLen:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


class Call:
    def __call__(self):
        pass


co = coro()
objects = [1, 'str', b'b', bytearray(), [], (), {}, set(), frozenset(), range(3), iter([]),
           iter({}), {}.keys(), {}.values(), {}.items(), gen(), co, len, lambda: 0, None,
           OnlyIter(), OnlyLen(), NoHash(), Call(), memoryview(b''), zip(), map(len, ()),
           reversed([]), object(), 1.5, type]
for obj in objects:
    for name in names:
        c.same('isinstance(%r, %s)' % (type(obj).__name__, name),
               lambda: isinstance(obj, getattr(real, name)),
               lambda: isinstance(obj, getattr(mine, name)))
co.close()
for name in names:
    for cls in (int, str, list, dict, OnlyIter, NoHash, bool):
        c.same('issubclass(%s, %s)' % (cls.__name__, name),
               lambda: issubclass(cls, getattr(real, name)),
               lambda: issubclass(cls, getattr(mine, name)))

CASES = r'''
class M(abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({'a': 1, 'b': 2})
result = m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, ('a', 1) in m.items(), 2 in m.values(), m.keys() & {'a'}, len(m.keys()), repr(m.keys())[:8]
---
class MM(abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m.update({'a': 1}, b=2); m.update([('c', 3)]); m.setdefault('d', 4)
result = m.d, m.pop('a'), m.pop('zz', 9), m.popitem(), len(m)
---
class MM(abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
MM().pop('x')
---
class S(abc.Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = S(1, 2, 3, 2)
result = list(s), 2 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), isinstance(s, abc.Reversible)
---
class S(abc.Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
S(1).index(5)
---
class L(abc.MutableSequence):
    def __init__(self): self.a = []
    def __getitem__(self, i): return self.a[i]
    def __setitem__(self, i, v): self.a[i] = v
    def __delitem__(self, i): del self.a[i]
    def __len__(self): return len(self.a)
    def insert(self, i, v): self.a.insert(i, v)
l = L(); l.append(1); l.extend([2, 3]); l += [4]; l.reverse(); r = l.pop(); l.remove(3)
result = l.a, r
---
class St(abc.Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = St([1, 2, 3]), St([2, 3, 4])
result = sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, St([2]) < a, a == St([3, 2, 1]), a.isdisjoint([9])
---
class MS(abc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
m = MS([1, 2]); m |= {3}; m -= {1}; m.remove(2)
result = sorted(m.s)
---
class MS(abc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
MS().remove(1)
---
class I(abc.Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
result = list(I()), iter(I()).__class__.__name__
---
class Bad(abc.Mapping):
    pass
Bad()
---
class G(abc.Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
result = list(G())
'''
c.cases(CASES, {'abc': real}, {'abc': mine})
ok = c.report()
sys.exit(0 if ok else 1)
