# split / subgroup / derive, and the metadata derived groups keep.
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
eg.add_note("note1")
eg.__cause__ = RuntimeError("c")
eg.__context__ = RuntimeError("ctx")
try:
    raise eg
except ExceptionGroup:
    pass
print(eg.__traceback__ is not None, eg.__suppress_context__)

m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(m.__notes__, m.__cause__, m.__context__, m.__suppress_context__)
print(m.__traceback__ is eg.__traceback__, m.__notes__ is eg.__notes__, m.__notes__ == eg.__notes__)
print(m.exceptions[1].__traceback__, m.args[1].__class__.__name__)
print(repr(eg.subgroup(ValueError)))
print(eg.subgroup(OSError), eg.subgroup(Exception) is eg, eg.subgroup(ExceptionGroup) is eg)
print(repr(eg.split((TypeError, KeyError))))
print(repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup))))
print(eg.split(lambda e: False))
print(eg.split(BaseException)[0] is eg)
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__))
print(seen)

for bad in [1, "x", (ValueError, 1), int, [ValueError], (ValueError, ValueError("x"))]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
for call in (lambda: eg.split(), lambda: eg.subgroup(ValueError, TypeError), lambda: eg.derive()):
    try:
        call()
    except TypeError as e:
        print(e)

d = eg.derive([ValueError(9)])
print(repr(d), type(d).__name__, hasattr(d, "__notes__"), d.__cause__, d.__traceback__, d.args)
d = eg.derive((KeyboardInterrupt(),))
print(repr(d), type(d).__name__)

be = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
print(repr(be.split(Exception)))
print(repr(be.split(KeyboardInterrupt)))
print([type(p).__name__ for p in be.split(KeyboardInterrupt)])

# A subclass with its own constructor must override derive.
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
    def derive(self, excs):
        return MyEG(self.message, excs, self.extra)
m = MyEG("m", [ValueError(1), TypeError(2)], 42)
a, b = m.split(ValueError)
print(repr(a), a.extra, repr(b), b.extra)

class Plain(ExceptionGroup):
    pass
p = Plain("p", [ValueError(1), TypeError(2)])
print([type(x).__name__ for x in p.split(ValueError)])

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)

class Raising(ExceptionGroup):
    def derive(self, excs):
        raise RuntimeError("derive failed")
try:
    Raising("r", [ValueError(), TypeError()]).subgroup(ValueError)
except RuntimeError as e:
    print(e)

def pred(e):
    if isinstance(e, TypeError):
        raise LookupError("pred failed")
    return False
try:
    eg.split(pred)
except LookupError as e:
    print(e)

weird = ValueError()
weird.__notes__ = "not a list"
g = ExceptionGroup("w", [ValueError(), TypeError()])
g.__notes__ = 5
print(g.subgroup(ValueError).__dict__)
g.__notes__ = ("a", "b")
print(g.subgroup(ValueError).__notes__)
