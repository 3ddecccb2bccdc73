print(bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytearray(b'ab'), bytearray(2), dict(a=1), dict([(1, 2)], b=3), frozenset([1, 2]) == {1, 2})
print(object().__class__.__name__, range(1, 10, 3), list(range(5, 0, -2)), set('aab') == {'a', 'b'}, slice(1, 5), slice(1, 5, 2).indices(3))
print(str(b'x'), str(b'x', 'ascii'), str(5), tuple('ab'), type(3), type('A', (object,), {'v': 1})().v, list(enumerate(['a'], start=5)))
print(list(zip([1, 2], 'ab', strict=True)), list(map(str, [1, 2])), list(filter(str.isdigit, 'a1b2')), list(reversed((1, 2))))
class A:
    @property
    def p(self): return 1
    @staticmethod
    def s(): return 2
    @classmethod
    def c(cls): return cls.__name__
class B(A):
    def c2(self): return super().c()
print(A().p, A.s(), B.c(), B().c2(), super(B, B()).c())
for e in ['bytes("x")', 'bytes(-1)', 'dict(1)', 'range(1.5)', 'range(0, 1, 0)', 'type(1, 2)', 'zip(1)', 'map(len)', 'reversed(5)', 'enumerate(5)', 'filter(1)', 'frozenset(1)', 'tuple(1)', 'slice()']:
    try: eval(e)
    except Exception as ex: print(e, type(ex).__name__, ex)
