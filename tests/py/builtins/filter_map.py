print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isupper, "aBcD")))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["ab", ""])))
m = map(int, "123")
print(next(m), list(m), list(m))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(e)
