import sys
g = sys.getsizeof
print(g([]), g(list()), g([1]), g([1,2]), g([1,2,3]), g([1,2,3,4,5]), g(list(range(3))), g(list(range(10))), g([0]*10), g([4,5,6]*2000))
print(g([x for x in range(1000)]), g([i for i in range(7)]))
a = []
out = []
for i in range(40):
    a.append(i); out.append(g(a))
print(out)
out = []
while a:
    a.pop(); out.append(g(a))
print(out)
for n in range(12):
    l = list(range(n)); l2 = [1]*n; l3 = list(x for x in range(n)); l4 = list(iter(range(n))); l5 = list(tuple(range(n))); l6 = list({i: 1 for i in range(n)})
    print(n, g(l), g(l2), g(l3), g(l4), g(l5), g(l6))
for m in range(6):
    for n in range(0, 20, 3):
        l = list(range(m)); l.extend(range(n)); l2 = list(range(m)); l2.extend([0]*n); l3 = list(range(m)); l3.extend(x for x in range(n))
        l4 = [1]*m; l4 += (0,)*n
        print(m, n, g(l), g(l2), g(l3), g(l4), end=' | ')
    print()
l = list(range(10)); l.insert(0, 1); print(g(l)); l.remove(1); print(g(l))
l = [1, 2]; l *= 5; print(g(l)); l *= 0; print(g(l))
l = list(range(20)); del l[::2]; print(g(l)); del l[:]; print(g(l))
l = list(range(20)); l[2:15] = []; print(g(l)); l[1:1] = range(30); print(g(l))
l = list(range(20)); l.clear(); print(g(l)); l.append(1); print(g(l))
l = [1,2,3]; l.sort(); print(g(l)); c = l.copy(); print(g(c), g(l[:]), g(l[::2]), g(l + l), g(l * 3))
print(g(sorted(range(10))), g(sorted([3,1,2])), g(list(map(int, "123"))), g(list("hello")), g(list(zip([1],[2]))))
print([].__sizeof__(), [1,2,3].__sizeof__())
print(g(()), g((1,)), g((1,2)), g(tuple(range(10))), g(tuple([1,2])), ().__sizeof__(), (1,2).__sizeof__())
print(g(iter([])), g(enumerate([])), g(iter(())), g(iter(range(3))), g(reversed([])), g(zip()), g(map(int, [])), g(filter(None, [])), g(iter({})), g(iter(set())), g(iter("")), g(reversed(range(3))))
print([].__sizeof__(), iter([]).__sizeof__(), enumerate([]).__sizeof__(), iter({}).__sizeof__(), zip([1]).__sizeof__(), map(int, []).__sizeof__(), reversed(range(1)).__sizeof__())
print(g(range(10)), g(range(10**7)), g(slice(1)), g({}.keys()), g(reversed((1,2))))
