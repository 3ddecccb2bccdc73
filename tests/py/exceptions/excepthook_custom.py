# sys.excepthook receives (type, value, traceback) of an uncaught exception;
# sys.__excepthook__ keeps the original, which prints the standard traceback.
import sys

print(sys.excepthook is sys.__excepthook__, sys.excepthook)
print(sys.displayhook is sys.__displayhook__, sys.displayhook)


def hook(t, v, tb):
    print("hook got", t.__name__, repr(v), type(tb).__name__, tb.tb_lineno)
    print("frames:", tb.tb_next is not None)
    sys.__excepthook__(t, v, tb)


sys.excepthook = hook


def fail():
    raise ValueError("from fail")


fail()
