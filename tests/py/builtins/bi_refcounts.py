import sys
x = object()
base = sys.getrefcount(x)
for i in range(100):
    getattr(x, '__class__'); hasattr(x, 'zz'); getattr(x, 'zz', None); isinstance(x, object); id(x); hash(x); repr(x)
    max([x], key=id); min(x, x, key=id); sorted([x, x], key=id); vars(type(x)); dir(x) ; next(iter([x])); next(iter([]), x)
    eval('x'); exec('y = x'); eval('x', {'x': x}); [x].__sizeof__(); complex(1, 2); divmod(7, 2); pow(2, 3, 5)
    print(x, file=open('/dev/null', 'w')) if False else None
del y
print(sys.getrefcount(x) - base)
l = [1.5, 2**70, 1j]
b2 = [sys.getrefcount(v) for v in l]
for i in range(50):
    float(l[0]); int(l[1]); complex(l[2]); l[0].conjugate(); l[2].conjugate(); l[1].real; l[0].real; abs(l[2]); sum(l); max(l[:2]); round(l[0])
print(sys.getrefcount(l[0]) - b2[0], sys.getrefcount(l[1]) - b2[1], sys.getrefcount(l[2]) - b2[2])
