print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(None, type(None).__name__, None is None)
def f():
    pass
print(f(), repr(None), str(None))
x = ...
print(x == Ellipsis, bool(...), bool(None))
print(NotImplemented, type(NotImplemented).__name__)
