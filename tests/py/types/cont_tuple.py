t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2), t + (4,), t * 2, 2 * t, () * 3, (1,) * 0)
for args in [(9,), (2, 0, 1), (1, 1)]:
    try: t.index(*args)
    except ValueError as e: print(e)
try: t + [1]
except TypeError as e: print(e)
try: t * 'x'
except TypeError as e: print(e)
print(2 in t, 9 in t, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) != (1,), (1, 2) <= (1, 2), (3,) >= (2, 9))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(('a',)) == hash(('a',)), hash((1.5, -1)), hash((-1,)), hash((2**70, None)) == hash((2**70, None)))
try: hash((1, [2]))
except TypeError as e: print(e)
print(t[::2], t[::-1], t[1:3], t[-1], t[5:], t[:])
print(t[:] is t, t[0:100] is t, tuple(t) is t, t * 1 is t)
try: t[10]
except IndexError as e: print(e)
try: t['a']
except TypeError as e: print(e)
try: t[0] = 1
except TypeError as e: print(e)
print((1,), (), ((),), (1, (2,)), ('a', "b'"))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in range(3)))
e = (); print(e is tuple(), tuple([]) is e, (1, 2)[2:] is e)
try: tuple(1)
except TypeError as e: print(e)
import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(tuple(range(10))), (1, 2).__sizeof__())
a, *b = t; print(a, b)
print(len(t), list(reversed(t)), sorted(t), max(t), min(t), sum(t))
x = (1, 2); x += (3,); print(x)
print(repr((1, 'a', 2.5, None)), str(()), [(1,)])
print(hash(()) == hash(tuple()), (1, 2) == [1, 2], (1, 2).__eq__([1, 2]))
n = float('nan'); tt = (n,); print(tt == tt, (n,) == (n,), [n] == [n])
try: (1,) < ('a',)
except TypeError as e: print(e)
class T(tuple): pass
u = T((1, 2)); print(u, type(u).__name__, u + (3,), type(u[:]).__name__, u == (1, 2), hash(u) == hash((1, 2)))
print(type(iter(())).__name__, type(iter((1,))).__name__)
it = iter((1, 2, 3)); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
