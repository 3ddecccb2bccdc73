print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(3)), list(x for x in "xy"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple({3: 4}))
try:
    list(5)
except TypeError as e:
    print(e)
l = [1, 2]
print(list(l) is l, tuple(t := (1,)) is t)
