# sys.getsizeof of builtin objects through their growth paths (CPython 3.11 x86-64).
import sys
g = sys.getsizeof
out = []
def p(name, v): out.append(f"{name}: {v}")
# lists
l = []
for i in range(30):
    l.append(i); p(f"append{i}", g(l))
for n in range(12):
    p(f"lit{n}", g(eval("[" + ",".join(["1"]*n) + "]")))
    p(f"list(range({n}))", g(list(range(n))))
    p(f"[0]*{n}", g([0]*n))
    p(f"comp{n}", g([x for x in range(n)]))
    p(f"tuple(range{n})", g(tuple(range(n))))
    p(f"list(tuple{n})", g(list(tuple(range(n)))))
    p(f"list(gen{n})", g(list(x for x in range(n))))
    p(f"list(str{n})", g(list("a"*n)))
    p(f"sorted{n}", g(sorted(range(n))))
    p(f"slice{n}", g(list(range(20))[:n]))
    p(f"copy{n}", g(list(range(n)).copy()))
    p(f"listadd{n}", g([1]*n + [2]))
l = []
for i in range(20):
    l.extend([1,2,3]); p(f"extend3_{i}", g(l))
l = []
for i in range(20):
    l.insert(0, i); p(f"insert{i}", g(l))
l = list(range(50))
for i in range(50):
    l.pop(); p(f"pop{i}", g(l))
l = [1,2]
l *= 10; p("imul", g(l))
l = []; l += range(7); p("iadd range", g(l))
l = []; l.extend(range(100)); p("extend range100", g(l))
l = list(range(100)); l.clear(); p("clear", g(l))
l = list(range(100)); del l[10:]; p("del slice", g(l))
# dicts
d = {}
for i in range(40):
    d[i] = i; p(f"dict{i}", g(d))
d = {}
for i in range(40):
    d[str(i)] = i; p(f"dictstr{i}", g(d))
p("dict(a=1)", g(dict(a=1)))
p("dict.fromkeys(10)", g(dict.fromkeys(range(10))))
p("dictcomp20", g({i: i for i in range(20)}))
d = {i: i for i in range(20)}
for i in range(18): del d[i]
p("dict after del", g(d))
p("dict copy", g(d.copy()))
# sets
s = set()
for i in range(40):
    s.add(i); p(f"set{i}", g(s))
p("frozenset(range(10))", g(frozenset(range(10))))
p("set(range(50))", g(set(range(50))))
p("setcomp", g({i for i in range(20)}))
# strs
for t in ["", "a", "abc", "é", "éa"*5, "€", "€"*10, "😀", "😀"*3, "a"*1000, "ab\u0100"]:
    p(f"str{t[:3]!r}{len(t)}", g(t))
# bytes etc
for b in [b"", b"x", b"x"*100]:
    p(f"bytes{len(b)}", g(b))
ba = bytearray()
for i in range(20):
    ba.append(1); p(f"ba{i}", g(ba))
p("ba(10)", g(bytearray(10)))
p("ba(b'abc')", g(bytearray(b"abc")))
# ints
for v in [0, 1, -1, 2**30, 2**31, 2**60, 2**63, 2**64, 2**90, -2**100, 10**50, True]:
    p(f"int{v}", g(v))
p("float", g(1.5)); p("complex", g(1j)); p("None", g(None)); p("Ellipsis", g(...)); p("NotImpl", g(NotImplemented))
# generators and iterators
def gen(): yield 1
def gen2(a, b, c):
    x = 1; y = 2
    yield x
p("gen", g(gen())); p("gen2", g(gen2(1,2,3)))
p("genexp", g(x for x in range(3)))
for it in [iter([]), iter(()), iter(""), iter({}), iter(set()), iter(range(3)), iter(range(2**70)), reversed([]), reversed(range(3)),
           enumerate([]), zip(), zip([],[]), map(len, []), filter(None, []), iter(b""), {}.keys(), {}.values(), {}.items(),
           iter({}.items()), iter({}.values())]:
    p(f"iter {type(it).__name__}", g(it))
# functions etc
def f(): pass
p("function", g(f)); p("lambda", g(lambda: 0)); p("builtin", g(len)); p("method-descr", g(list.append))
class A:
    def m(self): pass
p("class", g(A)); p("bound", g(A().m)); p("builtin bound", g([].append))
p("instance", g(A()))
class S:
    __slots__ = ("a", "b")
p("slots2", g(S()))
class S0:
    __slots__ = ()
p("slots0", g(S0()))
class S3:
    __slots__ = ("a", "b", "c", "__dict__")
p("slots3dict", g(S3()))
class SW:
    __slots__ = ("a", "__weakref__")
p("slotsweak", g(SW()))
p("object", g(object()))
p("range", g(range(5))); p("slice", g(slice(1, 2)))
p("property", g(property())); p("staticmethod", g(staticmethod(f))); p("classmethod", g(classmethod(f)))
p("cell", g(f.__code__) > 0)
def outer():
    x = 1
    def inner(): return x
    return inner
p("closure fn", g(outer())); p("cell", g(outer().__closure__[0]))
p("module", g(sys))
p("type", g(type)); p("int type", g(int))
p("exception", g(ValueError("x"))); p("super", g(super(A, A())))
import weakref
a = A()
p("weakref", g(weakref.ref(a))); p("proxy", g(weakref.proxy(a)))
p("dict of inst", g(a.__dict__))
print("\n".join(out))
