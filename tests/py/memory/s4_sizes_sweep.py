# getsizeof / gc.is_tracked over more builtin kinds (descriptors, weakrefs, views, mappingproxy).
import sys, gc, weakref
class A: pass
def f(): yield 1
items = [("cell", (lambda: A).__closure__), ("staticmethod", staticmethod(len)), ("classmethod", classmethod(len)), ("property", property()),
 ("super", super(A, A())), ("slice", slice(1)), ("mp", A.__dict__), ("wr", weakref.ref(A)), ("proxy", weakref.proxy(A())) ,
 ("frozenset", frozenset({1})), ("mod", sys), ("dictkeys", {}.keys()), ("gen", f()), ("coro-like", iter(range(3))),
 ("memv", memoryview(b"ab")), ("ba", bytearray(b"abc")), ("exc", ValueError("x")), ("tb", None)]
for n, o in items:
    try: print(n, sys.getsizeof(o), gc.is_tracked(o))
    except Exception as e: print(n, type(e).__name__)
print(gc.is_tracked(A.__dict__), gc.is_tracked(()), gc.is_tracked((1, [])), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
