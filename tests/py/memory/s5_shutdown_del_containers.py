# __del__ order at shutdown: objects reached through dicts, tuples, sets,
# instance attributes, closures and nested containers.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __hash__(self):
        return hash(self.name)
    def __del__(self):
        print("del", self.name)

def make_closure():
    n = Node("in-closure")
    def f():
        return n
    return f

a = Node("a")
dd = {"x": Node("dict-x"), "y": Node("dict-y")}
ik = {1: Node("int-key-1"), 2: Node("int-key-2")}
ok = {Node("obj-key"): 1}
t = (Node("tup-0"), Node("tup-1"), Node("tup-2"))
s = {Node("in-set")}
nested = [[Node("nested-0")], (Node("nested-1"), [Node("nested-2")])]
clo = make_closure()
class Holder:
    pass
h = Holder(); h.p = Node("attr-p"); h.q = Node("attr-q")
cyc = Node("cyc"); cyc.other = [cyc, Node("cyc-child")]
z = Node("z")
print("end")
