class C:
    def f(cls): return cls.__name__
    f = classmethod(f)
    def g(x): return x * 2
    g = staticmethod(g)
    def get_v(self): return 42
    v = property(get_v, doc="the v")
print(C.f(), C().f(), C.g(4), C().g(5), C().v, C.v.__doc__)
print(type(C.__dict__['f']).__name__, type(C.__dict__['g']).__name__, isinstance(C.v, property))
sm = staticmethod(len)
print(sm.__func__ is len)
