# tracemalloc Snapshot.dump/load round trip into a temporary directory; the
# dump must land in the file named, never in a traced source file (a former
# dump() reused its filename argument as a loop variable and overwrote the
# script itself).
import os, sys, tempfile, tracemalloc

me = os.path.abspath(__file__)
with open(me, 'rb') as f:
    before = f.read()

def build(n):
    return [str(i) * 3 for i in range(n)]

tracemalloc.start(4)
keep = build(200)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
d = tempfile.mkdtemp()
path = os.path.join(d, 'snap.dump')
snap.dump(path)
print(os.path.exists(path), os.path.getsize(path) > 0, sorted(os.listdir(d)))
loaded = tracemalloc.Snapshot.load(path)
print(loaded.traceback_limit == snap.traceback_limit, len(loaded.traces) == len(snap.traces))
a = [(str(s.traceback), s.size, s.count) for s in snap.statistics('lineno')]
b = [(str(s.traceback), s.size, s.count) for s in loaded.statistics('lineno')]
print(a == b, len(a) > 0)
print(any(s.traceback[0].filename == me or os.path.basename(s.traceback[0].filename) == 's4_tracemalloc_dump.py' for s in loaded.statistics('lineno')))
with open(me, 'rb') as f:
    after = f.read()
print('source unchanged:', before == after)
try:
    tracemalloc.Snapshot.load(me)
except Exception as e:
    print('load of a non-dump fails:', isinstance(e, Exception))
os.remove(path); os.rmdir(d)
