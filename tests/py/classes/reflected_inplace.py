class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        print("__add__")
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print("__radd__")
        return Num(o + self.v)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
class Sub(Num):
    def __radd__(self, o):
        print("Sub.__radd__")
        return Sub(o.v + self.v)
n = Num(1)
print(n + 1)
print(1 + n)
m = n
n += 5
print(n, m is n)
print(Num(1) + Sub(2))
print(sum([Num(1), Num(2)]))
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 2
print(x.v, y.v, x is y)
