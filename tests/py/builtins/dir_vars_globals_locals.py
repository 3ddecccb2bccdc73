class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
c = C()
print([n for n in dir(c) if not n.startswith("__")])
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
def f(a, b=2):
    x = a + b
    return locals()
print(f(1))
g = globals()
print(g["__name__"], "f" in g, "C" in g)
x_new = 5
print(globals()["x_new"])
print("dir_vars_globals_locals" not in dir())
try:
    vars(5)
except TypeError as e:
    print(e)
print(sorted(dir([]))[:3], "append" in dir(list))
