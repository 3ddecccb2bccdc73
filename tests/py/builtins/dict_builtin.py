print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0))
print(dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
