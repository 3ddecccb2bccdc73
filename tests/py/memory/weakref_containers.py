import weakref, gc

class Obj:
    def __init__(self, k):
        self.k = k
    def __repr__(self):
        return "Obj(%s)" % self.k

d = weakref.WeakValueDictionary()
a, b, c = Obj(1), Obj(2), Obj(3)
d["a"] = a; d["b"] = b; d["c"] = c
print(len(d), sorted(d.keys()), "a" in d, d.get("a"), d["b"])
del b
print(len(d), sorted(d.keys()), "b" in d, d.get("b"), d.get("b", "dflt"))
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(v.k for v in d.values()))
print(d.pop("a"), len(d))
d.setdefault("z", c)
print(sorted(d))
del c
print(sorted(d), len(d))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
x = Obj("cyc"); x.self = x
d["x"] = x
del x
print(len(d))
gc.collect()
print(len(d))
d2 = weakref.WeakValueDictionary({"q": a})
print(list(d2), d2["q"])

kd = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
kd[k1] = 1; kd[k2] = 2
print(len(kd), kd[k1], k2 in kd, kd.get(k2))
del k1
print(len(kd), [k.k for k in kd])
print(sorted(kd.values()))

ws = weakref.WeakSet()
p, q = Obj("p"), Obj("q")
ws.add(p); ws.add(q); ws.add(p)
print(len(ws), p in ws)
del p
print(len(ws), [o.k for o in ws])
ws.discard(q)
print(len(ws))

class Target:
    def method(self):
        return "called"
t = Target()
wm = weakref.WeakMethod(t.method)
print(wm()())
del t
print(wm())

def cleanup(name):
    print("cleanup", name)
o = Obj("f")
fin = weakref.finalize(o, cleanup, "first")
print(fin.alive)
print(fin.peek()[1] is cleanup, fin.peek()[2])
del o
print(fin.alive)
o2 = Obj("g")
fin2 = weakref.finalize(o2, cleanup, "second")
print(fin2())
print(fin2.alive, fin2())
o3 = Obj("h")
fin3 = weakref.finalize(o3, cleanup, "third")
det = fin3.detach()
print(det[0] is o3, fin3.alive)
del o3

pr_target = Obj("proxy")
pr = weakref.proxy(pr_target)
print(pr.k, repr(pr).startswith("<weakproxy at 0x"))
pr.k = "changed"
print(pr_target.k, str(pr))
lst = [1, 2, 3]
class L(list):
    pass
ll = L([1, 2, 3])
pl = weakref.proxy(ll)
print(len(pl), pl[0], 2 in pl, list(pl))
del pr_target
try:
    pr.k
except ReferenceError as e:
    print("ReferenceError:", e)
def fn(x):
    return x * 2
cp = weakref.proxy(fn)
print(cp(21), type(cp).__name__, type(pr).__name__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
