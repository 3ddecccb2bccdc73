# object.__getstate__ / __reduce__ / __reduce_ex__, BaseException.__reduce__ / __setstate__, copyreg.
import copyreg, copy
class C: pass
c = C(); print(c.__getstate__())
c.a = 1; s = c.__getstate__(); print(s, s is c.__dict__)
class S:
    __slots__ = ('x','y')
s = S(); s.x = 1; print(s.__getstate__())
print(object().__getstate__(), (1).__getstate__(), [1].__getstate__())
r = c.__reduce__(); print(r[0].__name__, r[1:])
r = c.__reduce_ex__(2); print(r[0].__name__, r[1:])
for x in [1, 'ab', [1], {1: 2}, object(), S()]:
    for p in (0, 2, 4):
        try:
            r = x.__reduce_ex__(p)
            print(type(x).__name__, p, r[0].__name__, r[1], [v if isinstance(v, (dict, tuple)) or v is None else type(v).__name__ for v in r[2:]])
        except TypeError as e:
            print(type(x).__name__, p, "TypeError", e)
print(ValueError(1).__reduce__())
e = ValueError(1); e.x = 2; print(e.__reduce__())
e2 = ValueError(); e2.__setstate__({'y': 3}); print(e2.y)
try: e2.__setstate__(5)
except TypeError as ex: print(ex)
print(range(3).__reduce__(), slice(1).__reduce__())
c2 = copyreg._reconstructor(C, object, None); print(type(c2).__name__)
e3 = copy.copy(e); print(repr(e3), e3.x)
d = copy.deepcopy(ExceptionGroup("m", [ValueError(1)])); print(repr(d))
class P:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
r = P(5).__reduce_ex__(2); print(r[0].__name__, r[1][1:], r[2])
