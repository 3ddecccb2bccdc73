class C:
    __match_args__ = ("a",)
    @property
    def a(self):
        return 1 / 0
def g(v):
    match v:
        case [x, y]:
            return x
        case C(
            z
        ):
            return z
g(C())
