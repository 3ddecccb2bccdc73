print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance("s", (list, (dict, str))))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, (int, str)), isinstance(int, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("x", M))
