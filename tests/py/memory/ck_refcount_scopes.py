# sys.getrefcount with closures and cells, loop and comprehension
# variables, except ... as e, generators, with, lambda and nonlocal.
import sys
rc = sys.getrefcount


class Obj:
    pass


def show(label, n):
    print(f"{label:40} {n}")


def closure_outer():
    x = Obj()

    def inner():
        return rc(x)

    return inner


f = closure_outer()
show("closure variable read in inner", f())
show("cell contents", rc(f.__closure__[0].cell_contents))


def closure_both():
    x = Obj()

    def inner():
        return x

    return rc(x), inner


n, _ = closure_both()
show("cell variable in the outer function", n)


def nonlocal_set():
    x = None

    def set_it():
        nonlocal x
        x = Obj()
        return rc(x)

    return set_it()


show("nonlocal assignment", nonlocal_set())
lam = (lambda y: rc(y))
show("lambda argument", lam(Obj()))
o = Obj()
show("lambda argument (global)", lam(o))
items = [Obj(), Obj(), Obj()]
for item in items:
    pass
show("loop variable after the loop", rc(item))
for item in items:
    show("loop variable inside the loop", rc(item))
    break


def local_loop():
    out = []
    for v in [Obj()]:
        out.append(rc(v))
    return out[0]


show("local loop variable (list literal)", local_loop())
show("listcomp variable", [rc(v) for v in items][0])
show("listcomp over a temporary", [rc(v) for v in [Obj()]][0])
show("genexp variable", next(rc(v) for v in items))
show("setcomp variable", min({rc(v) for v in items}))
show("dictcomp variable", list({1: rc(v) for v in items}.values())[0])
show("enumerate item", [rc(v) for i, v in enumerate(items)][0])
show("zip item", [rc(a) for a, b in zip(items, items)][0])
try:
    raise ValueError("x")
except ValueError as e:
    show("except ... as e", rc(e))
    saved = e
show("exception saved after the handler", rc(saved))


def except_local():
    try:
        raise KeyError("k")
    except KeyError as e:
        return rc(e)


show("except as e in a function", except_local())


def gen():
    x = Obj()
    yield rc(x)
    yield rc(x)


g = gen()
show("generator local, first yield", next(g))
show("generator local, second yield", next(g))


def gen_arg(x):
    yield rc(x)


show("generator argument", next(gen_arg(o)))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


with CM() as cm:
    show("with ... as target", rc(cm))
cmo = CM()
with cmo as cm2:
    show("with on a named object", rc(cmo))
show("unpacked from a tuple", (lambda: [rc(a) for a, in [(Obj(),)]])()[0])


def walrus():
    if (w := Obj()) is not None:
        return rc(w)


show("walrus target", walrus())
