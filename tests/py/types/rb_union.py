import types, typing
u = int | str
print(u, type(u), repr(u))
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None))
print(u.__args__, int | None, None | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(int | str | int, (int | str) | float, type(int | str) is types.UnionType)
print(int | int, (int | str) == int, list[int] | None, isinstance(None, int | None))
class C: pass
print(C | None, typing.Optional[int] | str if hasattr(typing, "Optional") else "")
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(e)
try:
    int | "str"
except TypeError as e:
    print(e)
try:
    isinstance(1, 3)
except TypeError as e:
    print(e)
print(types.UnionType, (int|str).__parameters__)
d = {int | str: 1}
print(d[str | int])
print(issubclass(int, int | str), issubclass(float, (int | str)))
for x in (1.0, "s"):
    try:
        print(isinstance(x, int | list[int]))
    except TypeError as e:
        print(e)
try:
    print(issubclass(float, int | list[int]))
except TypeError as e:
    print(e)
print((int | str).__or__(3), type.__or__(int, str), type.__ror__(int, str))
print(type(None) | int, int | type(None), (int | None).__args__)
import sys
