# After garbage is made and gc.collect() runs, the number of live objects
# returns to its baseline (pyrite: every heap object, through its internal
# hook sys._pyrite_live_objects; CPython: the objects the collector tracks),
# and the heap verifier finds no miscounted object.
import gc
import sys

live = getattr(sys, "_pyrite_live_objects", None) or (lambda: len(gc.get_objects()))
verify = getattr(sys, "_pyrite_verify_heap", None) or (lambda: {"over_released": 0, "dangling": 0})


def churn(n):
    class Node:
        def __init__(self, other=None):
            self.other = other

    a = Node()
    b = Node(a)
    a.other = b
    lst = []
    lst.append(lst)
    d = {}
    d["self"] = d

    def f():
        return f

    g = (i * n for i in range(3))
    next(g)
    try:
        raise ValueError(n)
    except ValueError as e:
        tb = e.__traceback__
    cell_cycle = []

    def inner():
        return cell_cycle

    cell_cycle.append(inner)
    return [a, lst, d, f, g, tb, Node, inner]


for _ in range(3):
    churn(0)
gc.collect()
base = live()
base = live()  # now the count includes one int for `base` itself
for i in range(50):
    churn(i)
print("collected something:", gc.collect() > 0)
print("back to baseline:", live() - base <= 0)
for i in range(50):
    keep = churn(i)
gc.collect()
print("one batch kept alive:", live() > base)
del keep
gc.collect()
print("back to baseline again:", live() - base <= 0)
print("pyrite is exact:", not hasattr(sys, "_pyrite_live_objects") or live() - base == 0)
r = verify()
print("over-released:", r["over_released"], "dangling:", r["dangling"])
