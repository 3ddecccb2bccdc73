import sys
l = []
sizes = []
for i in range(40):
    s = sys.getsizeof(l)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(l), s))
    l.append(i)
print(sizes)
d = {}
dsizes = []
for i in range(30):
    s = sys.getsizeof(d)
    if not dsizes or dsizes[-1][1] != s:
        dsizes.append((len(d), s))
    d[i] = i
print(dsizes)
print(sys.getsizeof([0] * 10), sys.getsizeof([0 for _ in range(10)]), sys.getsizeof(list(range(10))))
print(sys.getsizeof("x" * 100), sys.getsizeof(b"x" * 100), sys.getsizeof(tuple(range(100))))
