x = "global"
class C:
    x = "class"
    y = x
    def f(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().f(), C.z)
class D:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
print(D.total, D.doubled)
def make():
    v = "enclosing"
    class E:
        w = v
        def g(self):
            return v
    return E
E = make()
print(E.w, E().g())
