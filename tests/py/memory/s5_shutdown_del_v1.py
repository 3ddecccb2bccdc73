class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

def make():
    x = Node("x-local-cycle"); x.other = x
    return [x]

a = Node("a"); b = Node("b"); a.other = b; b.other = a
_hidden = Node("_hidden")
c = Node("c")
d = [Node("in-list"), Node("in-list2")]
t = (Node("in-tuple"),)
dd = {"k": Node("in-dict")}
e = Node("e"); e.other = e
held = make()
class Holder:
    pass
h = Holder(); h.n = Node("in-attr")
f = Node("f"); f.other = [f]
g = Node("g")
print("end")
