class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['created_by'] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name)
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class B(A):
    pass
b = B(7)
print(b.v, B.created_by, type(B).__name__)
