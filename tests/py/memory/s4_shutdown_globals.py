# shutdown: __del__ of module globals sees the other globals (private names go first).
import sys
_private = "priv"
public = "pub"
class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name, _private, public, sys, type(sys.modules) if sys is not None else None)
        try:
            print("  builtins ok", len([1]))
        except Exception as e:
            print("  err", type(e).__name__, e)
a = D("a")
_b = D("_b")
z = D("z")
