import sys
for obj in (0, 1, 2**30, 2**60, -1, 1.5, True, None, "", "a", "abc", "é", "€", b"", b"abc",
            (), (1,), (1, 2, 3), [], [1, 2, 3], {}, {"a": 1}, set(), frozenset(), range(10), 1j):
    print(type(obj).__name__, repr(obj), sys.getsizeof(obj))
