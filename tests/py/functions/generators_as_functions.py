def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g), next(g, "done"))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fibs(), 10)))
print(type(countdown).__name__, type(g).__name__)
