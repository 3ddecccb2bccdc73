import sys
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
o = object()
base = sys.getrefcount(o)
for _ in range(50):
    match [o, o, o]:
        case [a, *rest]:
            pass
    match {"k": o, "j": o}:
        case {"k": b, **others}:
            pass
    match P(o, o):
        case P(c, y=d):
            pass
    match (o, 1):
        case (1, e) | (e, 1):
            pass
    match o:
        case int():
            pass
        case f:
            pass
    try:
        raise ExceptionGroup("g", [ValueError(o), TypeError(o)])
    except* ValueError as g:
        pass
    except* TypeError:
        pass
print("held by captures:", sys.getrefcount(o) - base)
del a, rest, b, others, c, d, e, f
print("after del:", sys.getrefcount(o) - base)
def inner():
    m = {"a": [1, 2]}
    match m:
        case {"a": [x, y]}:
            return sys.getrefcount(m)
print(inner())
