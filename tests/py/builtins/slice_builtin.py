s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None))
print(list(range(20))[s], "abcdefghijk"[s], s.indices(5), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
