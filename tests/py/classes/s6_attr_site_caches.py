# The attribute fast paths (slot members, new instance attributes, str
# operators) must agree with the generic paths whatever the class does later.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self):
        return self.x + self.y

def run(objs):
    out = []
    for o in objs:
        try:
            out.append(o.total())
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out

ps = [P(i, i * 2) for i in range(5)]
print(run(ps))
del ps[1].y
print(run(ps))
ps[1].y = 7
print(run(ps))
try:
    P(1, 2).z = 3
except AttributeError as e:
    print("AttributeError:", e)

# A subclass: same member descriptors, another type.
class Q(P):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def total(self):
        return self.x + self.y + self.z

print(run([Q(1, 2, 3), P(1, 2), Q(4, 5, 6)]))

# A property replacing the member on the class changes every later access.
P.x = property(lambda self: 100, lambda self, v: print("setter", v))
print("replaced")
try:
    print(run([P(1, 2)]))
except AttributeError as e:
    print("AttributeError:", e)


class Node:
    def __init__(self, v):
        self.value = v
        self.next = None
        self.prev = None

def make(n):
    return [Node(i) for i in range(n)]

ns = make(5)
print([sorted(vars(n)) for n in ns[:2]], ns[3].value)
# A __dict__ materialised on one instance, then more instances.
d = ns[0].__dict__
d["extra"] = 1
ns += make(3)
print(sorted(vars(ns[0])), sorted(vars(ns[-1])), ns[-1].value)

# __setattr__ added to the class after the sites were filled.
def noisy(self, name, value):
    print("set", name)
    object.__setattr__(self, name, value)
Node.__setattr__ = noisy
n = Node(9)
print(n.value, n.next, n.prev)
del Node.__setattr__
print(Node(10).value)

# A class attribute of the same name (non-data) appears later: instance
# values still win on load, and stores still go to the instance.
Node.value = "class"
m = Node(11)
print(m.value, type(m).value)
del Node.value

# Many attribute names: the shared keys fill up and instances get dicts.
class Wide:
    def __init__(self, k):
        for i in range(k):
            setattr(self, "a%d" % i, i)
        self.last = k

ws = [Wide(k) for k in (3, 40, 3)]
print([w.last for w in ws], len(vars(ws[1])))


# str operators and str() take direct paths for exact builtin operands.
class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"
    def __str__(self):
        return "S.__str__"

print("%s-%d" % ("a", 3), "%(k)s" % {"k": "v"}, "%s" % S("x"), "x%s" % 5)
print("ab" * 3, "ab" * 0, "ab" * -1, repr("" * 5))
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
print(str(S("y")), type(str(S("y"))).__name__, str(12), str(1.5), str(None), str(b"z"))
print(str(), str("q"), str(object="kw"))

class T:
    def __str__(self):
        return "T!"
print(str(T()), f"{T()}", "%s" % T())
print(format(42, "05d"), format(-42, "x"), format(2**70, ","), format(True, "d"), f"{7:>4}|{255:#x}")
s = ""
for i in range(20):
    s += str(i % 10)
print(s, s + "", "" + s == s)

# Classes freed by the cycle collector: later lookups find the new classes'
# attributes, never a cached entry of a dead one.
import gc

def make(tag):
    class C:
        __slots__ = ("v",)
        def f(self):
            return tag + ".f"
    C.me = C
    return C

def use(cls):
    o = cls()
    o.v = cls.__name__
    return o.f(), o.v

for tag in ("a", "b", "c"):
    C = make(tag)
    print(use(C))
    del C
    print(gc.collect() > 0)
    class D:
        def f(self):
            return "D.f"
        def __init__(self):
            self.v = "D"
    d = D()
    print(d.f(), d.v)
