# Conditional jumps on bools and calls through NULL slots keep the
# singletons' reference counts balanced (no drift per iteration).
import sys

def work(n):
    l = [1]
    x = 0
    while len(l) >= 0 and x < n:
        if x is None or not x % 2:
            pass
        x += 1
    return x

work(10)
before = [sys.getrefcount(o) for o in (None, True, False)]
work(1000)
after = [sys.getrefcount(o) for o in (None, True, False)]
print([a - b for a, b in zip(after, before)])
