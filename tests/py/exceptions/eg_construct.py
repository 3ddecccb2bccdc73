# ExceptionGroup / BaseExceptionGroup construction rules, attributes, str/repr.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.args, eg.message, eg.exceptions)
print(type(eg).__mro__)
print(BaseExceptionGroup.__mro__)
print(sorted(vars(BaseExceptionGroup).keys()))
print(sorted(vars(ExceptionGroup).keys()))
print(ExceptionGroup.__module__, BaseExceptionGroup.__doc__, ExceptionGroup.__doc__)
print(eg.__dict__, eg.exceptions is eg.exceptions, type(eg.exceptions))
print(BaseExceptionGroup.message, BaseExceptionGroup.exceptions)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

cases = [(), ("a",), ("a", 1), ("a", []), ("a", ()), ("a", [1]), ("a", [ValueError(), 2]),
         (1, [ValueError()]), ("a", [KeyboardInterrupt()]), ("a", [ValueError()], 3),
         ("a", {ValueError(): 1}), ("a", "xy"), ("a", range(0))]
for args in cases:
    for cls in (ExceptionGroup, BaseExceptionGroup):
        try:
            r = cls(*args)
            print(cls.__name__, args, "->", type(r).__name__, repr(r))
        except Exception as e:
            print(cls.__name__, args, "!!", type(e).__name__, e)

for kw in [ExceptionGroup, BaseExceptionGroup]:
    try:
        kw("a", [ValueError()], x=1)
    except TypeError as e:
        print(e)

r = BaseExceptionGroup("x", (KeyboardInterrupt(), ValueError()))
print(type(r).__name__, r, r.exceptions)
t = (ValueError(),)
r = BaseExceptionGroup("x", t)
print(type(r).__name__, r, r.exceptions is t)
print(str(ExceptionGroup("m", [ValueError()])), str(ExceptionGroup("", (ValueError(),) * 3)))
e = ExceptionGroup("m", [ValueError()])
for name in ("message", "exceptions"):
    try:
        setattr(e, name, "x")
    except AttributeError as ex:
        print(name, ex)
e.args = ("changed",)
print(e.args, e.message, e)

# Subclasses.
class MyEG(ExceptionGroup):
    pass
m = MyEG("m", [ValueError(1)])
print(repr(m), str(m), type(m.derive([TypeError()])).__name__)
try:
    MyEG("m", [ValueError()], y=2)
except TypeError as ex:
    print(ex)

class B(BaseExceptionGroup):
    pass
print(type(B("x", [KeyboardInterrupt()])).__name__, type(B("x", [ValueError()])).__name__)

class E(Exception, BaseExceptionGroup):
    pass
try:
    E("x", [KeyboardInterrupt()])
except TypeError as ex:
    print(ex)
print(type(E("x", [ValueError()])).__name__, E.__mro__)

class WithInit(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
w = WithInit("w", [ValueError()], 7)
print(repr(w), w.code, w.args)

try:
    raise ExceptionGroup("caught", [OSError(2, "nope")])
except Exception as ex:
    print("caught as Exception:", ex, ex.exceptions)
try:
    raise BaseExceptionGroup("base", [SystemExit(3)])
except Exception:
    print("wrong")
except BaseException as ex:
    print("caught as BaseException:", type(ex).__name__, ex)
import sys
print(sys.getsizeof(ExceptionGroup("m", [ValueError()])) > 0, ExceptionGroup("m", [ValueError()]).__sizeof__())
