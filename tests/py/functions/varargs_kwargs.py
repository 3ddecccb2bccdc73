def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, a=3, b=4))
print(f(*[1, 2], *(3,), **{'x': 1}, y=2))
def g(a, b, *rest, c=10, **kw):
    print(a, b, rest, c, kw)
g(1, 2)
g(1, 2, 3, 4, c=5, d=6)
g(*range(5))
def h(a, b, c):
    return a + b + c
print(h(*"abc"), h(1, *[2, 3]), h(**{'a': 1, 'b': 2, 'c': 3}))
