print(True, False, True + True, True * 10, True / 2, -True, ~True, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 1).__name__, bool.__mro__, int(True), float(False))
print(str(True), repr(True), f"{True}", f"{True:d}", "%d" % True, format(False, ">6"))
print(True == 1, False == 0, True is True, {True: "a", 1: "b"}, [False] * 2, sum([True] * 5))
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(bool("False"), bool(0j), bool(float("nan")))
