import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def outer():
    x = 10
    y = "hello"
    return inner(x)

def inner(a):
    f = sys._getframe()
    print("inner:", f.f_code.co_name, f.f_lineno)
    b = f.f_back
    print("back:", b.f_code.co_name, b.f_lineno, sorted(b.f_locals.items()))
    print("back back:", b.f_back.f_code.co_name)
    print("where:", where())
    print("locals:", sorted(f.f_locals))
    print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
    print(type(f).__name__, type(f.f_lasti).__name__)
    return f

f = outer()
# The frame object stays valid after the frame finished.
print("after:", f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_locals["a"])
print(f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
print(f.f_back.f_back.f_back is None or f.f_back.f_back.f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_lineno)
print(sys._getframe(-5) is top)

def chain():
    names = []
    fr = sys._getframe()
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names

def a(): return b()
def b(): return c()
def c(): return chain()
print(a())
print(repr(top).startswith("<frame at 0x"), repr(top).endswith("code <module>>"))
r = repr(f)
print(r[r.index(", file"):])

# f_locals is one dict, refreshed on each access
def g():
    x = 1
    fr = sys._getframe()
    d1 = fr.f_locals
    x = 2
    z = 3
    d2 = fr.f_locals
    print(d1 is d2, d2["x"], "z" in d2)
g()

# closures: cell and free variables appear in f_locals
def outer2():
    cv = "cell"
    def inner2():
        return cv, sys._getframe().f_locals
    return inner2()
print(outer2()[1])

# class and module frames: f_locals is the namespace
class K:
    attr = 1
    loc = sys._getframe().f_locals
print(sorted(k for k in K.loc if not k.startswith("__")))
print(sys._getframe().f_locals is globals())
