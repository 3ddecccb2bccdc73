# dir() of builtin types and their instances lists what CPython 3.11 lists.
def gen():
    yield 1


class C:
    def m(self):
        pass


def f():
    pass


d = {1: 2}
objs = {
    "list": list, "[]": [], "int": int, "1": 1, "str": str, "''": "", "dict": dict, "{}": {},
    "tuple": tuple, "()": (), "set": set, "set()": set(), "frozenset": frozenset,
    "bytes": bytes, "b''": b"", "bytearray": bytearray, "float": float, "1.0": 1.0,
    "complex": complex, "1j": 1j, "bool": bool, "True": True, "object": object, "object()": object(),
    "range": range, "range(3)": range(3), "slice": slice, "slice(1)": slice(1),
    "None": None, "type(None)": type(None), "Ellipsis": ...,
    "function": f, "lambda": lambda: 0, "method": C().m,
    "exception": ValueError("x"), "ValueError": ValueError, "BaseException": BaseException,
    "KeyError": KeyError, "StopIteration": StopIteration, "SystemExit": SystemExit,
    "dict_keyiterator": iter(d), "set_iterator": iter(set()), "dict_valueiterator": iter(d.values()),
    "enumerate": enumerate, "enumerate([])": enumerate([]), "map": map, "filter": filter,
    "class C": C, "C()": C(), "BaseExceptionGroup": BaseExceptionGroup,
    "ExceptionGroup": ExceptionGroup, "ExceptionGroup()": ExceptionGroup("m", [ValueError()]),
}
for k, v in objs.items():
    print(k, sorted(dir(v)))
# Slot wrappers pyrite does not repeat in each type's namespace are left out.
skip = {"__getattribute__", "__setattr__", "__delattr__", "__sizeof__", "__init__", "__new__", "__reduce__", "__set_name__", "__lt__", "__le__", "__gt__", "__ge__"}
for t in (list, int, str, set, dict, object, BaseException, property, type(f), type(C().m), BaseExceptionGroup):
    print("vars", t.__name__, sorted(set(vars(t)) - skip))
print(sorted(n for n in dir(type) if not n.startswith("__")))
for name in ("__name__", "__module__", "__qualname__", "__mro__", "__dict__", "__annotations__", "__abstractmethods__"):
    print(name, name in dir(type), name in vars(type))
