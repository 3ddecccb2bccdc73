print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2**70), abs(3+4j))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print(e)
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, "", None]), any([0, 3]))
print(all(x > 0 for x in range(1, 5)), any(c.isdigit() for c in "ab3"))
try:
    all(5)
except TypeError as e:
    print(e)
