class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
print(P(1) == P(1), P(1) != P(2), P(1) == 1, len({P(1), P(1), P(2)}))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Default:
    pass
d = Default()
print(d == d, d == Default(), d != Default())
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Lt({self.v})"
print(sorted([Lt(3), Lt(1), Lt(2)]), Lt(1) > Lt(0))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print(e)
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
