d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 100))
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
print("a" in d, "zz" not in d, len(d), d.copy() == d, d.copy() is d)
keys = d.keys()
d["new"] = 0
print(keys, len(keys), "new" in keys)
print(dict.fromkeys("ab", []), {1: "a"} | {2: "b"}, sorted({3: 1, 1: 2}))
e = {"x": 1}
e |= {"y": 2}
print(e, list(reversed(e)))
d2 = {1: 1, 1.0: 2, True: 3}
print(d2)
try:
    {}.pop("k")
except KeyError as err:
    print("KeyError", err)
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as err:
    print(err)
d.clear()
print(d, {} == dict(), {"a": 1} == {"a": 1.0})
print(d.items().__class__.__name__, {"a": 1}.keys() & {"a", "b"})
