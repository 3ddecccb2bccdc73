# __del__ order at shutdown for objects held in __slots__, list subclasses
# and a cycle of several objects.
class Node:
    __slots__ = ("name", "a", "b")
    def __init__(self, name, a=None, b=None):
        self.name = name
        self.a = a
        self.b = b
    def __del__(self):
        print("del", self.name)

class Bag(list):
    def __del__(self):
        print("del bag", len(self))

x = Node("x", Node("x.a"), Node("x.b"))
bag = Bag([Node("bag-0"), Node("bag-1")])
r1 = Node("r1"); r2 = Node("r2", r1); r3 = Node("r3", r2); r1.a = r3
y = Node("y")
print("end")
