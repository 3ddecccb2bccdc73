g = 0
def outer():
    x = 1
    def inner():
        nonlocal x
        global g
        x += 10
        g += 100
    inner()
    inner()
    return x
print(outer(), g)
def define_global():
    global brand_new
    brand_new = "created"
define_global()
print(brand_new)
def scopes():
    a = 1
    def f():
        a = 2
        def g():
            nonlocal a
            a = 3
        g()
        return a
    return f(), a
print(scopes())
