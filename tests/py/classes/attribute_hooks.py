class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz)
try:
    d.other
except AttributeError as e:
    print(e)
print(getattr(d, "nope", "default"))
class Guard:
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("__delattr__", name)
        super().__delattr__(name)
g = Guard()
g.a = 5
print(g.a)
del g.a
print(hasattr(g, 'a'))
class Every:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
e = Every()
e.normal = 3
print(e.secret, e.normal)
