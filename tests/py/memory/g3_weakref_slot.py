# __weakref__ getset descriptors, weakly-referenceable slots, WeakMethod and
# weakref.finalize (atexit) as CPython 3.11.
import weakref, gc
class A: pass
print(type(A.__dict__['__weakref__']).__name__, '__weakref__' in dir(A), A.__weakref__)
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
def cb(x): pass
r2 = weakref.ref(a, cb)
print(a.__weakref__ is r)
class S:
    __slots__ = ('x',)
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
class S2:
    __slots__ = ('x', '__weakref__')
s = S2(); r = weakref.ref(s); print(r() is s, s.__weakref__ is r, '__weakref__' in S2.__dict__)
class Sub(S): pass
print(weakref.ref(Sub()) is not None)
try:
    A.__dict__['__weakref__'].__set__(a, 1)
except AttributeError as e:
    print(e)
try:
    a.__weakref__ = 3
except AttributeError as e:
    print(e)
class B:
    def m(self): return 1
b = B()
wm = weakref.WeakMethod(b.m)
print(wm()(), wm() == b.m, type(wm).__name__)
del b
print(wm())
f = weakref.finalize(A(), print, "finalized now")
class C: pass
c = C()
f2 = weakref.finalize(c, print, "at exit", 1)
f3 = weakref.finalize(c, print, "at exit", 2)
print(f2.alive, f2.atexit)
f4 = weakref.finalize(c, print, "no atexit")
f4.atexit = False
print(f2.peek()[1:], bool(f4.detach()))
f5 = weakref.finalize(c, print, "not detached, atexit False")
f5.atexit = False
