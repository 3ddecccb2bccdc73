import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=1):
    "Adds."
    return a + b
add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("you"))
def d1(f):
    print("applying d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("applying d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Plugin:
    pass
print(registry)
