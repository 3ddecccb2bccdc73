# More sys.getrefcount cases: class bodies, star unpacking, augmented
# assignment, return values, nested data, copies, builtins that keep or
# drop references, and objects shared between several holders.
import sys
rc = sys.getrefcount


class Obj:
    pass


def show(label, n):
    print(f"{label:40} {n}")


o = Obj()


class Body:
    member = o
    show("referenced from a class body", rc(o))


show("class attribute after the body", rc(o))
first, *rest = [o, o, o]
show("star unpacking", rc(o))
del first, rest
lst = [o]
lst += [o]
show("after += on a list", rc(o))
lst *= 2
show("after *= 2 on a list", rc(o))
del lst


def returns_it():
    x = Obj()
    return x


r = returns_it()
show("returned from a function", rc(r))


def returns_arg(x):
    return x


show("returned argument, not stored", rc(returns_arg(o)))
keep = returns_arg(o)
show("returned argument, stored", rc(o))
del keep
shallow = [o, [o]]
import copy
c = copy.copy(shallow)
show("shallow copy of a list", rc(o))
del c, shallow
show("list(...) of a tuple", (lambda t: rc(t[0]))(list((o,))))
show("tuple(...) of a list", (lambda t: rc(t[0]))(tuple([o])))
m = max([o], key=id)
show("max() result stored", rc(o))
del m
it = iter([o])
show("held by a list iterator's list", rc(o))
nx = next(it)
show("after next()", rc(o))
del it, nx
s = sorted([o])
show("sorted() result", rc(o))
del s
rev = list(reversed([o, o]))
show("reversed() copied into a list", rc(o))
del rev
dd = dict.fromkeys([o])
show("dict.fromkeys key", rc(o))
del dd
fr = frozenset([o])
show("frozenset element", rc(o))
del fr
gl = globals()
show("globals() does not copy", rc(o))
show("isinstance does not hold", rc(o) if isinstance(o, Obj) else -1)
obj_id = id(o)
show("id() does not hold", rc(o))
show("getattr result", rc(getattr(Body, "member")))
bag = [Obj() for _ in range(3)]
show("element made in a comprehension", rc(bag[0]))
pair = (bag[0], bag[0])
show("element in a tuple twice", rc(bag[0]))
del pair
show("str() of an object is new", rc(str(o)))
ex = ValueError(o)
show("exception argument", rc(o))
del ex
show("final count", rc(o))
