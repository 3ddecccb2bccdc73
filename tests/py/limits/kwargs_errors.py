# TypeError messages for bad ** / * unpacking name the function as
# CPython's _PyObject_FunctionStr does (module-qualified).
def f(**k):
    pass


class C:
    def m(self, **k):
        pass


for t in ["f(**{1: 2})", "f(**1)", "f(*1)", "C().m(**1)", "print(**1)", "C.m(C(), **{1: 2})",
          "f(**{'a': 1}, **{'a': 2})", "f(a=1, **{'a': 2})", "C().m(**{'a': 1}, **{'a': 2})",
          "print(**{'sep': 1}, **{'sep': 2})", "dict(**{'a': 1}, **{'a': 2})",
          "(lambda **k: 0)(**{'a': 1}, **{'a': 2})", "print(**{1: 2})"]:
    try:
        exec(t)
    except TypeError as e:
        print(t, "->", e)
