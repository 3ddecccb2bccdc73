def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    original_init = cls.__init__
    cls.count = 0
    def __init__(self, *args, **kwargs):
        cls.count += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls
@add_repr
@count_instances
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
p = Point(1, y=2)
q = Point("a")
print(p, q, Point.count)
