# gc.get_referrers / get_referents of a class: its MRO and bases tuples, as type_traverse.
import gc, sys
class C: pass
class D(C): pass
c = C()
def show(x):
    out = []
    for r in gc.get_referrers(x):
        if isinstance(r, dict) and '__name__' in r and r.get('__name__') == '__main__':
            out.append('<globals>')
        elif isinstance(r, dict):
            out.append('dict:' + ','.join(sorted(map(str, r.keys())))[:60])
        elif isinstance(r, tuple):
            out.append('tuple:' + repr(r))
        elif isinstance(r, type):
            out.append('type:' + r.__name__)
        else:
            out.append(type(r).__name__)
    return sorted(out)
print(show(C))
print(show(D))
print(show(c))
print(show(show))
l = [c]
print(show(c))
print(len(gc.get_referents(C)), [type(x).__name__ for x in gc.get_referents(C)])
print([type(x).__name__ for x in gc.get_referents(c)])
print([type(x).__name__ for x in gc.get_referents(D)])
