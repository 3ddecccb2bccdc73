"""Cyclic garbage churn: reference cycles the cycle collector must free."""
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.prev = None

def make_ring(n):
    first = Node(0)
    node = first
    for i in range(1, n):
        new = Node(i)
        new.prev = node
        node.next = new
        node = new
    node.next = first
    first.prev = node
    return first

total = 0
gc.collect()
for round_ in range(4000):
    ring = make_ring(100)
    total += ring.prev.value
    d = {"self": None}
    d["self"] = d
    del ring, d
# How many objects the last collection finds depends on when automatic
# collections ran, so only the checksum is printed.
print("gc checksum", total, gc.collect() >= 0)
