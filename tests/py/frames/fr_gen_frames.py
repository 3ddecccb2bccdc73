import sys

def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield sys._getframe()
    return total

g = gen(3)
print(g.gi_frame.f_lineno, g.gi_frame.f_lasti, g.gi_code.co_name, g.gi_running)
f1 = next(g)
print(f1 is g.gi_frame, f1.f_lineno, sorted(f1.f_locals.items(), key=str)[:2])
print(f1.f_back is None)
next(g)
print(g.gi_frame.f_locals["total"], g.gi_frame.f_lineno)
def inner_running():
    return g.gi_running
def gen2():
    yield gen2_obj.gi_running
    yield sys._getframe().f_back.f_code.co_name
gen2_obj = gen2()
print(next(gen2_obj), next(gen2_obj))
for _ in g:
    pass
print(g.gi_frame, g.gi_code.co_name, g.gi_running)
print(f1.f_locals["total"], f1.f_lineno)

# tracebacks through generators
def bad_gen():
    yield 1
    raise RuntimeError("in gen")
try:
    for x in bad_gen():
        pass
except RuntimeError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    print(frames)

# tb_frame locals survive; clear() drops them
class Noisy:
    def __del__(self):
        print("Noisy freed")
def holder():
    n = Noisy()
    raise KeyError("k")
try:
    holder()
except KeyError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(type(fr.f_locals["n"]).__name__)
    fr.clear()
    print("after clear", fr.f_locals)
    del fr
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)
print("end")
