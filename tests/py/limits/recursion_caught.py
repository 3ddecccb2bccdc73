import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < 1000)
sys.setrecursionlimit(5000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(4500))
