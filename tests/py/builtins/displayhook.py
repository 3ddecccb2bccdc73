# sys.displayhook echoes a value's repr and stores it in builtins._ (the
# REPL's PRINT_EXPR calls it); None is neither printed nor stored.
import builtins
import io
import sys

sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(repr(builtins._))

saved = sys.stdout
sys.stdout = io.StringIO()
sys.displayhook([1, 2])
captured = sys.stdout.getvalue()
sys.stdout = saved
print("captured:", repr(captured))


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")


try:
    sys.displayhook(BadRepr())
except ValueError as e:
    print("error:", e, "| _ is", builtins._)

try:
    sys.displayhook()
except TypeError as e:
    print(e)
