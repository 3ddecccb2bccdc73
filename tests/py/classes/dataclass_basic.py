from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1), p == Point(1, 2))
p.tags.append("a")
print(p, Point(3, 4))
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]))
try:
    Ver(1, 2).major = 3
except Exception as e:
    print(type(e).__name__, e)
