square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
x = 7
print("odd" if x % 2 else "even", "big" if x > 100 else "small" if x > 5 else "tiny")
print((lambda: 42)(), (lambda x: (lambda y: x + y))(1)(2))
print(square.__name__, add.__defaults__)
