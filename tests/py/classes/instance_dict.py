class A:
    def __init__(self):
        self.a = 1
        self.b = 2
x = A()
print(x.__dict__)
x.__dict__['c'] = 3
print(x.c, vars(x))
x.__dict__ = {'z': 26}
print(x.z, hasattr(x, 'a'))
setattr(x, 'dyn', 5)
print(getattr(x, 'dyn'), sorted(vars(x)))
delattr(x, 'dyn')
print(vars(x))
