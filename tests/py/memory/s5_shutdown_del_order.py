class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a = Node("a"); b = Node("b"); a.other = b; b.other = a
c = Node("c")
d = [Node("in-list")]
e = Node("e"); e.other = e
print("end")
