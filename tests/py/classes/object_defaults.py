class Plain:
    pass
p = Plain()
print(type(p).__name__, p.__class__ is Plain, p.__module__)
print(str(p).startswith("<__main__.Plain object at 0x"), repr(Plain).startswith("<class"))
print(Plain.__bases__, object.__bases__, Plain.__mro__)
print(p == p, p != p, p.__eq__(5), hash(p) == hash(p))
print(isinstance(p, object), issubclass(Plain, object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(sorted(set(dir(p)) - set(dir(object))))
