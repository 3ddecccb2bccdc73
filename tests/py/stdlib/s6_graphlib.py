# graphlib: TopologicalSorter orders, batches, errors and CycleError.
from graphlib import TopologicalSorter, CycleError
import graphlib

print(graphlib.__all__)
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(7)
print(bool(ts) if False else "ok")
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready, bool(ts))
    order.extend(ready)
    ts.done(*ready)
print(order, ts.is_active(), bool(ts))

for action in ["add", "prepare"]:
    try:
        if action == "add":
            ts.add(9)
        else:
            ts.prepare()
    except ValueError as e:
        print(type(e).__name__, e)

fresh = TopologicalSorter({1: [2]})
for call in (fresh.get_ready, fresh.is_active, lambda: fresh.done(1)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
fresh.prepare()
try:
    fresh.done(1)
except ValueError as e:
    print("ValueError", e)
try:
    fresh.done(5)
except ValueError as e:
    print("ValueError", e)
print(fresh.get_ready())
fresh.done(2)
try:
    fresh.done(2)
except ValueError as e:
    print("ValueError", e)
print(fresh.get_ready(), fresh.get_ready())

for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["a"]}, {1: [1]},
          {0: [1], 1: [2], 2: [3], 3: [1], 4: [0]}, {"x": ["y", "z"], "z": ["w"], "w": ["x"]}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print("CycleError", e, e.args[0], e.args[1], isinstance(e, ValueError))

it = TopologicalSorter({1: [1]}).static_order()
print(type(it).__name__)
try:
    next(it)
except CycleError as e:
    print("lazy", e.args[1])

print(TopologicalSorter[int])
print(list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({"a": [], "b": []}).static_order()))
ts = TopologicalSorter({(1, 2): [frozenset({3})]})
print(list(ts.static_order()))
try:
    TopologicalSorter({1: [[2]]})
except TypeError as e:
    print("TypeError", e)
