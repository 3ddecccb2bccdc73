import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.ref = None

gc.collect()
a = Node(1); b = Node(2); a.ref = b; b.ref = a
del a, b
print("two instances:", gc.collect())

a = Node(1); b = Node(2); a.ref = b; b.ref = a
a.__dict__; b.__dict__
del a, b
print("two instances with __dict__:", gc.collect())

l = []; l.append(l); del l
print("self list:", gc.collect())

d = {}; d["me"] = d; del d
print("self dict:", gc.collect())

l1 = []; l2 = [l1]; l1.append(l2); del l1, l2
print("two lists:", gc.collect())

t = ([],); t[0].append(t); del t
print("tuple+list:", gc.collect())

class Leaf:
    pass
n = Node(0); n.ref = n; n.value = {"a": 1}; del n
print("instance with atomic dict value:", gc.collect())

n = Node(0); n.ref = n; n.value = {"a": []}; del n
print("instance with container dict:", gc.collect())

def f():
    pass
f.self = f
del f
print("function cycle:", gc.collect())

print("nothing:", gc.collect())
x = [1, 2, 3]
print("still nothing:", gc.collect(), x)

s = set()
class H:
    pass
h = H(); h.s = s
s.add(h)
del h, s
print("set cycle:", gc.collect())

def make_closure():
    def inner():
        return inner
    return inner
c = make_closure(); del c
print("closure cycle:", gc.collect())

print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
