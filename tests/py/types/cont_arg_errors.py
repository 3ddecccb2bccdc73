tests = [
 lambda: [].append(), lambda: [].append(1, 2), lambda: [].copy(1), lambda: [].clear(1), lambda: [].reverse(1), lambda: [].extend(),
 lambda: [].remove(), lambda: [].count(), lambda: [].index(), lambda: [].insert(), lambda: [].pop(1, 2), lambda: [].sort(1), lambda: [].sort(foo=1),
 lambda: ().index(), lambda: ().count(), lambda: {}.keys(1), lambda: {}.values(1), lambda: {}.items(1), lambda: {}.clear(1), lambda: {}.copy(1),
 lambda: {}.popitem(1), lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.pop(), lambda: {}.setdefault(), lambda: dict.fromkeys(), lambda: {}.update(1, 2),
 lambda: set().add(), lambda: set().remove(), lambda: set().discard(), lambda: set().pop(1), lambda: set().clear(1), lambda: set().copy(1),
 lambda: set().issubset(), lambda: set().isdisjoint(), lambda: set().symmetric_difference(), lambda: set().union(x=1),
 lambda: range(3).index(), lambda: range(3).count(), lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: enumerate(), lambda: filter(), lambda: filter(None),
 lambda: reversed(), lambda: iter(), lambda: list(x=1), lambda: tuple(x=1), lambda: set(x=1), lambda: frozenset(x=1), lambda: list(1, 2), lambda: tuple(1, 2),
 lambda: enumerate([], 1, 2), lambda: enumerate([], start='a'), lambda: dict(1, 2), lambda: zip(strict=1, x=2),
]
for t in tests:
    try:
        t(); print('no error')
    except Exception as e:
        print(type(e).__name__, e)
