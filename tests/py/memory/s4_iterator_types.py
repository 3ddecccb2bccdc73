# type names, reprs and sizes of the builtin iterators (str has two: ASCII and not).
import sys
cases = [
 ("list", lambda: iter([])), ("list_rev", lambda: reversed([])), ("tuple", lambda: iter(())),
 ("str", lambda: iter("")), ("str_u", lambda: iter("é")), ("bytes", lambda: iter(b"")),
 ("bytearray", lambda: iter(bytearray())), ("dict", lambda: iter({})), ("dkeys", lambda: iter({}.keys())),
 ("dvalues", lambda: iter({}.values())), ("ditems", lambda: iter({}.items())),
 ("drev", lambda: reversed({})), ("drevk", lambda: reversed({}.keys())), ("drevv", lambda: reversed({}.values())), ("drevi", lambda: reversed({}.items())),
 ("set", lambda: iter(set())), ("fset", lambda: iter(frozenset())), ("range", lambda: iter(range(3))),
 ("longrange", lambda: iter(range(2**70))), ("range_rev", lambda: reversed(range(3))),
 ("callable", lambda: iter(int, 1)), ("seq", lambda: iter(type("S", (), {"__getitem__": lambda s, i: i})())),
 ("tuple_rev", lambda: reversed(())), ("str_rev", lambda: reversed("ab")), ("memview", lambda: iter(memoryview(b"ab"))),
 ("enumerate", lambda: enumerate([])), ("zip", lambda: zip()), ("map", lambda: map(len, [])), ("filter", lambda: filter(None, [])),
 ("gen", lambda: (x for x in [])), ("mpitems", lambda: iter(type.__dict__)),
 ("dict_keys", lambda: {}.keys()), ("bytearray_rev", lambda: reversed(bytearray())),
]
for n, f in cases:
    o = f()
    t = type(o)
    print(n, t.__name__, t.__qualname__, t.__module__, repr(t), sys.getsizeof(o), repr(o).split(" at ")[0])
