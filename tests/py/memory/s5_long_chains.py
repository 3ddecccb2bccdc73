# Freeing very long chains of objects does not overflow the native stack,
# with reference counting or with the collector.
import gc

# Building the chains is not the point: no automatic collections meanwhile.
gc.disable()
class Link:
    __slots__ = ("nxt",)
head = None
for i in range(1000000):
    l = Link(); l.nxt = head; head = l
del l
head = None
print("slots chain freed")

class Node:
    pass
first = head = Node()
for i in range(100000):
    n = Node(); n.nxt = head; head = n
first.nxt = head  # a ring: only the collector frees it
del n, first
head = None
gc.enable()
print("cycle collected", gc.collect())
gc.disable()

lst = None
for i in range(300000):
    lst = [lst]
lst = None
print("nested lists freed")
d = {}
for i in range(200000):
    d = {"d": d}
d = None
print("nested dicts freed")
t = ()
for i in range(200000):
    t = (t,)
t = None
print("nested tuples freed")

class Del:
    count = 0
    def __del__(self):
        Del.count += 1
head = None
for i in range(100000):
    x = Del(); x.nxt = head; head = x
del x
head = None
print("finalizers run", Del.count)
