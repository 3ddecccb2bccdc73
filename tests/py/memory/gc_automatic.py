import gc, weakref

class Node:
    pass

gc.collect()
before = gc.get_stats()[0]["collections"]
freed = []
refs = []
for i in range(2000):
    n = Node()
    n.me = n
    refs.append(weakref.ref(n, lambda w: freed.append(1)))
    del n
print("automatic gen0 collections happened:", gc.get_stats()[0]["collections"] > before)
print("most cycles already freed:", len(freed) > 1000)
gc.collect()
print("all freed:", len(freed), sum(r() is None for r in refs))

gc.disable()
before = gc.get_stats()[0]["collections"]
for i in range(2000):
    n = Node(); n.me = n
print("no automatic collection when disabled:", gc.get_stats()[0]["collections"] == before)
print(gc.collect() >= 2000)
gc.enable()
