print(bool(), bool(0), bool(1), bool("x"), bool([]), type(bool(1)).__name__)
print(True + 1, True == 1, isinstance(True, int), str(True), repr(False))
print(callable(len), callable(int), callable(lambda: 0), callable(3), callable("s"), callable(print))
class C:
    def __call__(self): pass
class D: pass
print(callable(C()), callable(D()), callable(D))
try:
    bool(1, 2)
except TypeError as e:
    print(e)
