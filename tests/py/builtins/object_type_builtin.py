print(type(1), type("s"), type([]), type(type), type(None), type(object))
print(object.__name__, type(object()).__name__, type(3) == int)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type.__name__, isinstance(object, type), isinstance(type, object))
