# shutdown: builtins restored from startup's copy, sys wiped, stdout restored then None.
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n, sys.stdout is None, sys.path, sys.argv, type(len))
sys.keep = D("insys")
import builtins
builtins.keep2 = D("inbuiltins")
x = D("x")
_y = D("_y")
sys.stdout = sys.stderr
