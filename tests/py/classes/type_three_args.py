def hello(self):
    return f"hello from {type(self).__name__}"
Base = type("Base", (), {"greet": hello, "x": 1})
Child = type("Child", (Base,), {"x": 2, "__repr__": lambda self: "<Child>"})
c = Child()
print(c.greet(), c.x, Base.x, c, Child.__mro__)
print(type(c) is Child, type(Child), type(type), isinstance(Child, type))
print(Base.__name__, Child.__bases__, Child.__dict__['x'])
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(e)
