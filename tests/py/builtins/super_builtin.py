class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f+" + super().f()
class C(B):
    def f(self):
        return "C.f+" + super(B, self).f()
print(B().f(), C().f())
print(super(B, B()).f(), type(super(B, B())).__name__)
try:
    super(int, "str")
except TypeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
