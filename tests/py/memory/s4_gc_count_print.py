# gc.get_count() across print() and calls that build argument tuples/dicts in CPython 3.11.
import gc
gc.collect(); print(gc.get_count()); print(gc.get_count())
gc.collect(); a = gc.get_count(); b = gc.get_count(); print(a, b)
gc.collect(); x = []; print(gc.get_count())
gc.collect(); print("x"); print(gc.get_count())
gc.collect(); print(1, 2); print(gc.get_count())
gc.collect(); s = str(gc.get_count()); print(s)
gc.collect(); t = (1, 2); print(gc.get_count())
gc.collect(); d = {}; print(gc.get_count())
gc.collect(); d = {'a': []}; print(gc.get_count())
gc.collect(); f = lambda: 0; print(gc.get_count())
gc.collect(); r = repr(gc.get_count()); print(r)
gc.collect(); print(gc.get_count(), gc.get_count())
gc.collect(); l = [gc.get_count() for _ in range(3)]; print(l)
def g():
    return gc.get_count()
gc.collect(); print(g())
class C: pass
gc.collect(); c = C(); print(gc.get_count())
gc.collect(); c.__dict__; print(gc.get_count())
gc.collect(); print(f"{gc.get_count()}")
gc.collect(); print("%s" % (gc.get_count(),))
gc.collect(); z = zip([1],[2]); print(gc.get_count())
gc.collect(); y = [i for i in range(3)]; print(gc.get_count())
import sys
gc.collect(); sys.stdout.write(str(gc.get_count()) + "\n")
