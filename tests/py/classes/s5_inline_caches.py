# LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR caches must notice every change.
import builtins

real_len = builtins.len


def use_len(x):
    return len(x)

print(use_len([1, 2]))
len = lambda x: "global len"          # a global now shadows the builtin
print(use_len([1, 2]))
del len                               # and is gone again
print(use_len([1, 2, 3]))
builtins.len = lambda x: "patched builtin"
print(use_len([]))
del builtins.len
try:
    use_len([])
except NameError as e:
    print("NameError", e)
builtins.len = real_len
print(use_len("abcd"))

g = {"__builtins__": builtins}
code = compile("abs(-3)", "<s>", "eval")
print(eval(code, g))
g["abs"] = lambda x: "shadowed"
print(eval(code, g))
print(eval(code, {"__builtins__": builtins}))


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def read(o):
    return o.a, o.b


def write(o, v):
    o.a = v


p = P(1, 2)
for i in range(3):
    write(p, i)
    print(read(p))
P.a = property(lambda self: "class property wins")
print(read(p))
try:
    write(p, 5)
except AttributeError:
    print("AttributeError: no setter")
del P.a
print(read(p))
d = p.__dict__                        # materialised dict: reads go through it
d["a"] = "via dict"
print(read(p))
write(p, "written")
print(d["a"], read(p))


class Q:
    def __init__(self):
        self.b = "q.b"
        self.a = "q.a"


q = Q()
print(read(q), read(p))
q.__class__ = P
print(read(q))
del q.a
try:
    read(q)
except AttributeError as e:
    print("AttributeError", e)


class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2


def setattr_hook(self, name, value):
    object.__setattr__(self, name, ("hooked", value))


o = Logged()
write(o, 10)
print(read(o))
Logged.__setattr__ = setattr_hook
write(o, 11)
print(read(o))
Logged.__getattribute__ = lambda self, name: "getattribute " + name
print(read(o))
del Logged.__getattribute__, Logged.__setattr__
print(read(o))


class S:
    __slots__ = ("a", "b")


s = S()
write(s, 7)
s.b = 8
print(read(s))
