d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(d)
del d["alpha"]
d["alpha"] = 0
print(d, list(d.items())[0])
d["zeta"] = 99
print(d)
print({**{"b": 1, "a": 2}, "b": 3}, dict(sorted(d.items())))
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
from collections import Counter, defaultdict, OrderedDict
print(Counter("abracadabra").most_common(3))
dd = defaultdict(list)
dd["x"].append(1)
print(dict(dd), OrderedDict(a=1, b=2))
