x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    del y
    y = 1
def h():
    if False:
        z = 1
    return z
try:
    h()
except UnboundLocalError as e:
    print(e)
def outer():
    def inner():
        return v
    inner_result = None
    try:
        inner_result = inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
outer()
