# gc.get_count() gen 0 as 3.11: GC allocations count, deallocations uncount,
# objects reused from the tuple/list/dict free lists do neither.
import gc
gc.disable()
class A: pass
def run():
    res = []
    c = gc.get_count
    gc.collect()
    b = c()[0]
    for i in range(10): t = [i]
    res.append(c()[0] - b); b = c()[0]
    for i in range(10): t = (i, [])
    res.append(c()[0] - b); b = c()[0]
    for i in range(10): t = {i: i}
    res.append(c()[0] - b); b = c()[0]
    for i in range(10): t = A()
    res.append(c()[0] - b); b = c()[0]
    for i in range(10): t = list(range(3))
    res.append(c()[0] - b); b = c()[0]
    for i in range(10): t = dict(a=i)
    res.append(c()[0] - b); b = c()[0]
    keep = []
    for i in range(100): keep.append((i, str(i)))
    res.append(c()[0] - b); b = c()[0]
    del keep
    res.append(c()[0] - b); b = c()[0]
    keep = [[i] for i in range(100)]
    res.append(c()[0] - b); b = c()[0]
    del keep
    res.append(c()[0] - b); b = c()[0]
    keep = [{} for i in range(100)]
    res.append(c()[0] - b); b = c()[0]
    del keep
    res.append(c()[0] - b); b = c()[0]
    keep = [A() for i in range(100)]
    res.append(c()[0] - b); b = c()[0]
    del keep
    res.append(c()[0] - b); b = c()[0]
    def f(a, b): return (a, b)
    for i in range(10): f(i, i)
    res.append(c()[0] - b); b = c()[0]
    gc.collect()
    res.append(c()[0])
    return res
print(run())
print(run())
