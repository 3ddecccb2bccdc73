a = 256
b = 256
print(a is b)
def make(n):
    return n + 1
x = make(255)
y = make(255)
print(x is y, x == y)
x = make(256)
y = make(256)
print(x is y, x == y)
x = make(-6)
y = make(-6)
print(x is y)
x = make(-7)
y = make(-7)
print(x is y)
print(int("100") is int("100"), int("1000") is int("1000"))
