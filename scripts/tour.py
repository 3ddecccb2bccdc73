"""A short tour of how Python manages memory.

Run it with pyrite (`cargo run --release -- scripts/tour.py`) or with python3:
both print the same thing, because pyrite models CPython 3.11's object sizes,
reference counts and cycle collector.
"""
import gc
import sys
import weakref


def section(title):
    print()
    print("==", title)


print("A tour of how Python manages memory")

section("1. Every object has a size (sys.getsizeof, in bytes)")
for obj in (0, 1, 2 ** 30, 2 ** 100, 1.5, True, None, "", "a", "hello", "é",
            b"", b"abc", (), (1, 2), [], [1, 2, 3], {}, {"a": 1}, set(), range(10)):
    print(f"  {type(obj).__name__:<9} {obj!r:<36} {sys.getsizeof(obj):>4}")

section("2. Lists over-allocate as they grow")
items = []
last = sys.getsizeof(items)
print(f"  len  0 -> {last} bytes")
for i in range(20):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"  len {len(items):2} -> {size} bytes (room for {(size - 56) // 8} items)")
        last = size

section("3. Reference counts rise and fall")
class Thing:
    pass

t = Thing()
# getrefcount reports one more than you might expect: its own argument.
print("  fresh object:           ", sys.getrefcount(t))
alias = t
print("  after `alias = t`:      ", sys.getrefcount(t))
box = [t, t]
print("  inside a list twice:    ", sys.getrefcount(t))
del box
print("  list deleted:           ", sys.getrefcount(t))
del alias
print("  alias deleted:          ", sys.getrefcount(t))

section("4. Identity: small ints and interned strings are shared")
a = 256
b = int("256")
print("  256 is int('256'):      ", a is b)
a = 257
b = int("257")
print("  257 is int('257'):      ", a is b)
s1 = "pyrite"
s2 = "".join(["pyr", "ite"])
print("  'pyrite' == joined:     ", s1 == s2)
print("  'pyrite' is joined:     ", s1 is s2)
print("  after sys.intern:       ", s1 is sys.intern(s2))

section("5. Freed immediately when the last reference goes")
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__ runs for {self.name}")

n = Noisy("n")
print("  deleting the only reference...")
del n
print("  ...and it was already gone")

section("6. Reference cycles need the cycle collector")
gc.collect()
gc.disable()  # keep automatic collections from running at random moments
left, right = Noisy("left"), Noisy("right")
left.other, right.other = right, left
watch = weakref.ref(left)
del left, right
print("  after del, the cycle is still alive:", watch() is not None)
found = gc.collect()
print("  gc.collect() found", found, "unreachable objects")
print("  now it is gone:", watch() is None)
gc.enable()

section("7. Weak references die with their referent")
class Target:
    pass

obj = Target()
r = weakref.ref(obj, lambda ref: print("  callback: referent died"))
print("  weakref alive:", r() is obj, "  weakref count:", weakref.getweakrefcount(obj))
del obj
print("  weakref now returns:", r())

cache = weakref.WeakValueDictionary()
value = Target()
cache["key"] = value
print("  cache before:", list(cache.keys()))
del value
print("  cache after: ", list(cache.keys()))

section("8. The collector's generations")
print("  thresholds:", gc.get_threshold())
