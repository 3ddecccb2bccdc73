# __del__ order at shutdown: classes defined in functions, gc.collect()
# before the end, and enough allocations for automatic collections.
import gc

def make_class(tag):
    class Local:
        def __init__(self, name):
            self.name = name
        def __del__(self):
            print("del", tag, self.name)
    return Local

A = make_class("A")
B = make_class("B")
a1 = A("a1")
b1 = B("b1")
pair = [A("p0"), B("p1")]
a1.link = pair
print(gc.collect())
junk = [[i] for i in range(1500)]
b2 = B("b2"); b2.me = b2
a2 = A("a2")
d = {"k": [A("deep")]}
junk2 = [(i, [i]) for i in range(900)]
del junk
last = B("last")
print("end")
