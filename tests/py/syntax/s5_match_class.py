from dataclasses import dataclass
import collections
import collections.abc

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

@dataclass
class Circle:
    center: Point
    r: int

def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(x, y) if x == y:
            return f"diag {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(x, y), r=1):
            return f"unit circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle {c.x} {r}"
        case int(v) | str(v):
            return f"int or str {v!r}"
        case [Point(x=px), *_] as lst:
            return f"list of points starting {px} len {len(lst)}"
        case _:
            return "?"

for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 2), 1), Circle(Point(4, 4), 3), 5, "x", [Point(9, 9), 1], 3.5]:
    print(shape(s))

class MyMap(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)

class Reg:
    def __init__(self): self.items = [1, 2]
    def __len__(self): return 2
    def __getitem__(self, i): return self.items[i]
collections.abc.Sequence.register(Reg)

def kind(x):
    match x:
        case {"a": a, **rest}:
            return f"mapping a={a} rest={rest}"
        case {}:
            return "some mapping"
        case [a, b]:
            return f"seq2 {a} {b}"
        case [*xs]:
            return f"seq {xs}"
        case _:
            return "neither"

for x in [MyMap({"a": 1, "b": 2}), MyMap({}), collections.OrderedDict(a=5), collections.defaultdict(int, {"a": 0}), Reg(), range(3), "ab", b"ab", bytearray(b"ab"), collections.deque([1, 2]), memoryview(b"xy"), {1, 2}, (1,), [], frozenset()]:
    print(type(x).__name__, kind(x))

d = collections.defaultdict(list)
match d:
    case {"missing": _}:
        print("bad")
    case _:
        print("no key created", dict(d))

def err(subj, f):
    try:
        f(subj)
    except Exception as e:
        print(type(e).__name__, e)

class C:
    __match_args__ = ("a",)
    a = 1
class D:
    __match_args__ = ["a"]
def m1(s):
    match s:
        case C(x, y): pass
def m2(s):
    match s:
        case D(x): pass
def m3(s):
    match s:
        case len(): pass
def m4(s):
    match s:
        case int(x, y): pass
def m5(s):
    match s:
        case C(x, a=1): pass
err(C(), m1); err(D(), m2); err(1, m3); err(5, m4); err(C(), m5)

match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
match [1, [2, [3, 4]]]:
    case [x, [y, [z, w]]]:
        print(x, y, z, w)
match {"x": {"y": [1, 2]}}:
    case {"x": {"y": [_, second]}}:
        print("nested", second)
match 5:
    case 1 | 2 | 3: print("low")
    case 4 | 5 | 6 as v: print("mid", v)
match (1, 2):
    case (a, 1) | (2, a): print("alt1", a)
    case (1, a) | (a, 1): print("alt2", a)
match [3, 4]:
    case [a, b] | (b, a, _): print("ab", a, b)
x = 10
match x:
    case y:
        print("captured", y)
print(y)
