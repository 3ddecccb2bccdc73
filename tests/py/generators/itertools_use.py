import itertools as it
print(list(it.chain([1, 2], "ab")), list(it.islice(it.count(10, 5), 4)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in it.groupby("aabbbc")])
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations("abcd", 2)), list(it.zip_longest([1, 2], "a", fillvalue="-")))
print(list(it.repeat("x", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
c = it.cycle([1, 2])
print([next(c) for _ in range(5)])
