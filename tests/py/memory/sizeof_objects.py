import sys
class Plain:
    pass
class Slotted:
    __slots__ = ('a', 'b')
class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2
print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(WithInit()))
print(sys.getsizeof(WithInit().__dict__))
print(sys.getsizeof(object()), sys.getsizeof(1.0), sys.getsizeof(10**100))
def f(): pass
print(sys.getsizeof(f) > 0, sys.getsizeof(lambda: 0) == sys.getsizeof(f))
