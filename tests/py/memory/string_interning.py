import sys
a = "hello"
b = "hello"
print(a is b)
c = "".join(["hel", "lo"])
print(c == a, c is a)
d = sys.intern(c)
print(d is a)
e = "hello world!"
f = "hello world!"
print(e is f)
g = "".join(["a", "b"])
h = "".join(["a", "b"])
print(g is h, sys.intern(g) is sys.intern(h))
x1 = "x"
a1 = "a"
print(x1 is "".join(["x"]), chr(97) is a1)
