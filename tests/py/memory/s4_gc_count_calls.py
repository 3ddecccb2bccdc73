# gen-0 count after calls whose argument tuples, keyword dicts, keyword
# parsers and repr guard CPython 3.11 allocates (free lists decide the count).
import gc, sys
res = []
def m(label, f):
    gc.collect(); f(); res.append((label, gc.get_count()[0]))
o = sys.stdout
m("getattr write", lambda: getattr(o, "write")("x"))
m("o.write", lambda: o.write("x"))
m("p(end='')", lambda: print(end=""))
m("p(end='')", lambda: print(end=""))
m("p(x,end='')", lambda: print("x", end=""))
m("p()", lambda: print())
m("p(x,y,end='')", lambda: print("x", "y", end=""))
m("p(flush)", lambda: print("x", flush=True))
m("int(3)", lambda: int(3))
m("int('3',base=10)", lambda: int('3', base=10))
m("int('3',base=10)", lambda: int('3', base=10))
m("slice(1)", lambda: slice(1))
m("map", lambda: map(len, ()))
m("memoryview", lambda: memoryview(b''))
m("max", lambda: max(1, 2))
m("max kw", lambda: max(1, 2, key=None))
m("min", lambda: min([1, 2]))
m("sorted kw", lambda: sorted((), key=None))
m("str.format", lambda: '{}'.format(1))
m("str.format kw", lambda: '{a}'.format(a=1))
m("str.startswith", lambda: 'a'.startswith('a'))
m("str.encode kw", lambda: 'a'.encode(encoding='utf-8'))
m("dict.update kw", lambda: {}.update(a=1))
a, b = [1], [2]
m("zip", lambda: zip(a, b))
m("listzip", lambda: list(zip(a, b)))
class C:
    def __init__(self, *a, **k): pass
class E:
    def __init__(self, x): pass
m("C()", lambda: C())
m("C(1)", lambda: C(1))
m("E(1)", lambda: E(1))
m("repr tuple", lambda: repr((1, 2)))
m("repr list", lambda: repr([1]))
m("repr set()", lambda: repr(set()))
print(res, file=sys.stderr)
