# weakref details: error messages of ref(), WeakSet's repr, sizes of
# ref subclasses, and which objects refuse weak references.
import sys
import weakref


class C:
    pass


class MyRef(weakref.ref):
    def __init__(self, ob, cb=None, **kw):
        super().__init__(ob, cb)
        self.extra = kw.get('extra')


z = C()
mr = MyRef(z, None, extra='x')
print(mr() is z, mr.extra, type(mr).__name__, weakref.getweakrefcount(z))
print(sys.getsizeof(weakref.ref(z)), sys.getsizeof(mr), sys.getsizeof(weakref.proxy(z)))
for args in [(), (z, None, 'x'), (1, 2, 3)]:
    try:
        MyRef(*args) if args and args[0] is z else weakref.ref(*args)
    except TypeError as e:
        print(e)
for v in [1, 'a', (1,), [1], {}, None, 1.5, b'', set(), 2 ** 80]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
ws = weakref.WeakSet()
print(repr(ws))
ws.add(z)
print(repr(ws).startswith("{<weakref at "), len(ws))
