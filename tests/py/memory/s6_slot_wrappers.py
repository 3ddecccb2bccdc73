# Slot wrappers: which dunders of the builtin types are wrapper_descriptors
# (bound: method-wrapper) and which are method descriptors, and how both
# kinds look, compare, size up and call.
import builtins, types, sys, gc

# Names this interpreter does not provide yet (kept out of the listing).
SKIP = {('NotImplementedType', '__bool__'), ('async_generator', '__class_getitem__'),
        ('async_generator', '__del__'), ('coroutine', '__del__'), ('generator', '__del__'),
        ('property', '__set_name__'), ('reversed', '__setstate__'), ('super', '__get__'),
        ('zip', '__setstate__'), ('cell', '__hash__')}
MISSING_TYPES = {'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError'}
KINDS = ('wrapper_descriptor', 'method_descriptor', 'builtin_function_or_method', 'classmethod_descriptor')

ts = []
for n in sorted(dir(builtins)):
    t = getattr(builtins, n)
    if isinstance(t, type) and t not in ts and n not in MISSING_TYPES:
        ts.append(t)
for n in sorted(dir(types)):
    t = getattr(types, n)
    if isinstance(t, type) and t not in ts and t.__module__ == 'builtins':
        ts.append(t)
counts = {}
for t in ts:
    line = []
    for n in sorted(dir(t)):
        if not n.startswith('__') or (t.__name__, n) in SKIP:
            continue
        try:
            k = type(getattr(t, n)).__name__
        except AttributeError:  # type.__abstractmethods__
            continue
        if k in KINDS:
            line.append(n + ':' + k[0])
            counts[k] = counts.get(k, 0) + 1
    print(t.__name__, ' '.join(line))
print(sorted(counts.items()))

# Bound to an instance.
for obj in [1, 2.5, 'ab', b'x', [1], (1,), {1: 2}, {1}, frozenset(), range(3), object(), len, int, None]:
    for n in ['__add__', '__len__', '__getitem__', '__contains__', '__repr__', '__init__', '__eq__',
              '__hash__', '__iter__', '__sizeof__', '__reduce_ex__', '__format__', '__call__']:
        if hasattr(obj, n):
            print(type(obj).__name__, n, type(getattr(obj, n)).__name__)

print(int.__add__, repr(list.__len__), dict.__getitem__, object.__init__, type.__call__, object.__repr__)
print(type(int.__add__), type((1).__add__), type(object().__init__), type(int.__new__))
class L(list):
    pass
print(L.__len__, L.__len__ is list.__len__, L().__len__.__objclass__)
class P:
    def __add__(self, o):
        return 1
print(type(P.__add__).__name__, type(P().__add__).__name__, type(P.__init__).__name__, type(P().__init__).__name__)

d = int.__add__
print(d.__name__, d.__qualname__, d.__objclass__, d.__text_signature__, d.__doc__)
print(sys.getsizeof(d), gc.is_tracked(d), gc.is_tracked(list.append))
m = (1000).__add__
print(m.__name__, m.__qualname__, m.__objclass__, m.__text_signature__, m.__doc__, m.__self__)
print(sys.getsizeof(m), gc.is_tracked(m), gc.get_referents(m))
print(type(d).__basicsize__, type(m).__basicsize__, type(d).__mro__, type(m).__mro__)
print(repr(m).startswith("<method-wrapper '__add__' of int object at 0x"))
print(object.__init__.__text_signature__, (1).__pow__.__text_signature__, object.__repr__.__doc__)
print(m.__reduce__(), d.__reduce__())
for name in ['__func__', '__module__', '__self__']:
    for o in (d, m, list.append):
        try:
            getattr(o, name)
            print(name, 'ok')
        except AttributeError as e:
            print(name, e)

# Equality and hashing go by descriptor and self identity.
a = [1]; b = [1]
print(a.__len__ == a.__len__, a.__len__ == b.__len__, a.__len__ != a.__iter__, a.__len__ is a.__len__)
print(hash(a.__len__) == hash(a.__len__), hash([].__len__) is not None)
try:
    a.__len__ < a.__len__
except TypeError as e:
    print(e)

# Calling them.
print(int.__add__(1, 2), d.__get__(3)(4), m(5), m.__call__(6), d.__call__(7, 8), (2).__pow__(3, 5))
print(d.__get__(None, int), list.__dict__['__len__'].__get__([1, 2])())
class Fancy:
    pass
f = Fancy()
object.__setattr__(f, 'x', 1)
f.__setattr__('y', 2)
print(f.__dict__, Fancy.__repr__ is object.__repr__)
for fn, args, kw in [(int.__add__, (), {}), (int.__add__, (1,), {}), (int.__add__, ('a', 1), {}),
                     (int.__add__, (1, 2, 3), {}), (int.__add__, (1,), {'x': 2}), (m, (), {}), (m, (1, 2), {}),
                     (m, (), {'x': 1}), ((1).__neg__, (1,), {}), ((1).__pow__, (), {}), ((1).__pow__, (1, 2, 3), {}),
                     (object().__setattr__, ('a',), {}), ([].__setitem__, (1,), {}), ([].__imul__, (), {}),
                     ([].__getitem__, (), {}), (d.__get__, (None, None), {}), (d.__get__, ('x',), {}),
                     (list.__len__, (), {}), (dict.__getitem__, (), {})]:
    try:
        print(fn(*args, **kw))
    except TypeError as e:
        print('TypeError:', e)
