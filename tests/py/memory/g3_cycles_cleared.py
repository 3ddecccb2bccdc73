# Cycles through generators, bound methods, classes and modules are found
# and broken by the collector; gc.collect() returns CPython 3.11's count and
# weak references show that every object of the cycle is freed.
import gc, sys, types, weakref


def gen():
    g = yield 1
    yield 2


def gen2(box):
    me = box[0]
    yield 1


def unstarted(box):
    yield box


class A:
    def m(self):
        pass


class S:
    __slots__ = ("bm", "__weakref__")

    def m(self):
        pass


def make():
    class E:
        def f(self):
            return E
    return E


def check(name, build):
    gc.collect()
    refs = build()
    n = gc.collect()
    print(name, n, [r() is None for r in refs])


def c_gen_self():
    g = gen(); next(g); g.send(g)
    return [weakref.ref(g)]


def c_gen_box():
    box = []; g = gen2(box); box.append(g); next(g)
    return [weakref.ref(g)]


def c_gen_unstarted():
    box = []; g = unstarted(box); box.append(g)
    return [weakref.ref(g)]


def c_gen_list_cycle():
    l = []; g = unstarted(l); l.append(l)
    return [weakref.ref(g)]


def c_bound_method():
    a = A(); a.bm = a.m
    return [weakref.ref(a)]


def c_bound_method_slots():
    s = S(); s.bm = s.m
    return [weakref.ref(s)]


def c_class():
    class C:
        pass
    return [weakref.ref(C)]


def c_class_method_globals():
    class D:
        def f(self):
            return D
    return [weakref.ref(D)]


def c_class_closure():
    E = make()
    return [weakref.ref(E)]


def c_class_instances():
    class K:
        pass
    k1 = K(); k2 = K(); k1.other = k2; k2.other = k1
    return [weakref.ref(K), weakref.ref(k1), weakref.ref(k2)]


def c_subclass():
    class Base:
        pass
    class Derived(Base):
        def g(self):
            return Derived
    return [weakref.ref(Base), weakref.ref(Derived)]


def c_module():
    m = types.ModuleType("mymod"); m.me = m
    return [weakref.ref(m)]


def c_module_exec():
    mod = types.ModuleType("g3_tmp_mod")
    exec("x = 1\ndef f():\n    return x\n", mod.__dict__)
    sys.modules["g3_tmp_mod"] = mod
    r = weakref.ref(mod)
    del mod
    del sys.modules["g3_tmp_mod"]
    return [r]


for name, f in list(globals().items()):
    if name.startswith("c_"):
        check(name[2:], f)
