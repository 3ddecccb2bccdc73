class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = A(3)
m = a.get
print(m(), A.get(a), m.__self__ is a, m.__func__ is A.get)
print(a.get == a.get, a.get is a.get)
fns = [A(i).get for i in range(3)]
print([f() for f in fns])
print(type(m).__name__, type(A.get).__name__)
print([].append.__name__, "abc".upper())
