# sys.getrefcount with globals, locals, arguments (moved into the callee's
# locals), keyword and default arguments, *args/**kwargs, and del.
import sys
rc = sys.getrefcount


class Obj:
    pass


def show(label, n):
    print(f"{label:40} {n}")


o = Obj()
show("global, one name", rc(o))
o2 = o
show("global, two names", rc(o))
del o2
show("after del of the second name", rc(o))


def local_only():
    x = Obj()
    return rc(x)


show("local in a function", local_only())


def local_alias():
    x = Obj()
    y = x
    z = y
    return rc(x)


show("three local names", local_alias())


def arg(x):
    return rc(x)


show("argument (global also holds it)", arg(o))
show("argument of a fresh object", arg(Obj()))


def arg_and_local(x):
    y = x
    return rc(x)


show("argument plus a local alias", arg_and_local(o))


def kwarg(*, x):
    return rc(x)


show("keyword-only argument", kwarg(x=o))


def star_args(*args):
    return rc(args[0])


show("element of *args", star_args(o))


def star_kwargs(**kw):
    return rc(kw["a"])


show("value in **kwargs", star_kwargs(a=o))


def nested_calls(x):
    return arg(x)


show("argument passed down two calls", nested_calls(o))


def after_del():
    x = Obj()
    y = x
    del y
    return rc(x)


show("local after del of an alias", after_del())


def reassigned():
    x = Obj()
    y = x
    y = None
    return rc(x)


show("local after rebinding the alias", reassigned())


def default_value(d=Obj()):
    return rc(d)


show("default argument value", default_value())
show("default argument overridden", default_value(o))
show("function's defaults hold", rc(default_value.__defaults__[0]))


def kwdefault(*, d=Obj()):
    return rc(d)


show("keyword-only default", kwdefault())

g = Obj()


def read_global():
    return rc(g)


show("global read inside a function", read_global())


def global_stmt():
    global g2
    g2 = Obj()
    return rc(g2)


show("global assigned in a function", global_stmt())
show("temporary (call result)", rc(Obj()))
x, y = Obj(), Obj()
show("tuple-unpacked global", rc(x))
a = b = Obj()
show("chained assignment", rc(a))
