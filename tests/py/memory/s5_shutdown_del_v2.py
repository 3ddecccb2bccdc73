import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
junk = []
for i in range(800):
    junk.append([i])
a = Node("a"); b = Node("b"); a.other = b; b.other = a
gc.collect()
c = Node("c")
d = [Node("in-list")]
e = Node("e"); e.other = e
for i in range(800):
    junk.append([i])
z = Node("z"); z.other = [z]
print("end")
