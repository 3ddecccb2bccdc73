# At exit, objects still alive get their __del__ in the collector order
# (an object whose finalize ran first), as CPython 3.11.
import gc, weakref
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D("a")
b = D("b"); b.self = b
c = D("c")
_u = D("_u")
l = [D("in list")]
cyc = [D("in cycle")]; cyc.append(cyc)
f = weakref.finalize(D("fin"), print, "finalize ran")
print("end of script")
