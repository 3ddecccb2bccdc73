def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
class C:
    def m(self, x):
        pass
calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1, c=2, d=4),
    lambda: g(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: (lambda: 0)(1),
    lambda: f(**{'a': 1}),
    lambda: f(*[1], **{'a': 2}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
