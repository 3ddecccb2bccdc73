import dataclasses, enum, abc, types, copy, contextlib, pprint, reprlib
@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)
p = Point(1, 2)
print(p, p == Point(1, 2), p < Point(2), dataclasses.asdict(p), dataclasses.replace(p, y=5))
@dataclasses.dataclass(frozen=True)
class F:
    a: int
try:
    F(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print('frozen:', e)
