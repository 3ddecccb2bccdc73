# RecursionError messages and depths for recursion through protocols.
import sys

n = 0


class S:
    def __str__(self):
        global n
        n += 1
        return str(self)


class C:
    def __call__(self):
        global n
        n += 1
        return self()


for name, f in [("str", lambda: str(S())), ("call", lambda: C()())]:
    n = 0
    try:
        f()
    except RecursionError as e:
        print(name, n > 400, e)

x = []
for i in range(3000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print(e)

a = b = {}
for i in range(3000):
    a = {1: a}
    b = {1: b}
try:
    a == b
except RecursionError as e:
    print(e)

N = 10**30
for t in ["[1].insert(N, 2)", "[1].pop(N)", "[1][N]", "[1]*N", "'abc'[N]", "bytearray(b'a').insert(N, 1)",
          "'a'.center(N)", "'a'.zfill(N)", "'a,b'.split(',', N)", "(1).to_bytes(N, 'big')"]:
    try:
        exec(t)
    except (OverflowError, IndexError, MemoryError) as e:
        print(t, type(e).__name__, e)
