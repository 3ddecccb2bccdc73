print(len(""), len("abc"), len([1, 2]), len({}), len({1: 2}), len(set()), len(range(10)), len(range(0, 10, 3)), len(b"ab"))
print(len(range(10**20)) if False else "skip", len(()), len("日本"))
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
try:
    len(iter([]))
except TypeError as e:
    print(e)
