# Positions in gc.get_objects(0) of objects made one after another: exact
# dicts start untracked and join generation 0's tail only when a container
# enters them (CPython 3.11's MAINTAIN_TRACKING); a full collection stops
# tracking reachable dicts that hold no container.
import gc

gc.collect()
gc.disable()


class A:
    pass


def positions(objs):
    ids = {id(o): i for i, o in enumerate(gc.get_objects(0))}
    found = [ids.get(id(o)) for o in objs]
    base = min(p for p in found if p is not None)
    return [None if p is None else p - base for p in found]


a = []
d1 = {}
d2 = {"x": 1}
d3 = {"x": []}
b = [1]
d4 = dict(y=2)
d5 = dict(z=[])
d1["k"] = a
d2b = {}
t = (1, 2)
o = A()
d6 = {1: 2}
d6[3] = {}
d7 = d3.copy()
d8 = d2.copy()
d9 = dict(d3)
d10 = {k: [k] for k in range(2)}
d11 = {}
d11.setdefault("s", set())
d12 = {}
d12.update({"u": ()})
d13 = {}
d13.update(v=[])
objs = [a, d1, d2, d3, b, d4, d5, d2b, o, d6, d7, d8, d9, d10, d11, d12, d13, d3["x"], d5["z"], d6[3]]
names = "a d1 d2 d3 b d4 d5 d2b o d6 d7 d8 d9 d10 d11 d12 d13 d3x d5z d6_3".split()
for n, p, tr in zip(names, positions(objs), [gc.is_tracked(x) for x in objs]):
    print(f"{n:5} {p} {tr}")

# A dict that receives a container later moves to the tail then.
d2["n"] = b
print("d2 tracked", gc.is_tracked(d2))
print("d2 is last:", gc.get_objects(0)[-1] is d2)
x = {"a": (1, 2)}
print("dict of atom tuple:", gc.is_tracked(x))
y = {"a": (1, [])}
z = {"a": [3]}
print("before collect:", gc.is_tracked(y), gc.is_tracked(z))
gc.collect(1)
print("after collect(1):", gc.is_tracked(y), gc.is_tracked(z))
z["a"] = 5
gc.collect()
print("after collect():", gc.is_tracked(y), gc.is_tracked(z), gc.is_tracked(d2))
z["b"] = []
print("tracked again:", gc.is_tracked(z), gc.get_objects(0)[-1] is z)


class Sub(dict):
    pass


s = Sub()
print("subclass tracked:", gc.is_tracked(s), gc.get_objects(0)[-1] is s)
gc.enable()
