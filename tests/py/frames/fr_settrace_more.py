import sys

log = []

def show(frame, event, arg):
    co = frame.f_code
    log.append(f"{event:9} {co.co_name}:{frame.f_lineno}" + (f" -> {arg!r}" if event == "return" else ""))

def global_tracer(frame, event, arg):
    show(frame, event, arg)
    if frame.f_code.co_name == "skipped":
        return None          # no local tracer: no line events for this frame
    return local_tracer

def local_tracer(frame, event, arg):
    show(frame, event, arg)
    if event == "line" and frame.f_code.co_name == "stops_lines" and frame.f_lineno == 22:
        frame.f_trace_lines = False
    return local_tracer

def stops_lines():
    a = 1
    b = 2
    c = 3
    return a + b + c

def skipped():
    x = 1
    return x

class C:
    def __init__(self):
        self.v = 1
    @property
    def prop(self):
        return self.v

def comp():
    return [x * 2 for x in range(2)]

def lam():
    f = lambda y: y + 1
    return f(1)

def with_stmt():
    import contextlib
    @contextlib.contextmanager
    def cm():
        yield 5
    with cm() as v:
        r = v
    return r

def nested_exc():
    try:
        try:
            1 / 0
        finally:
            z = 1
    except ZeroDivisionError:
        pass
    return z

def tracer_changes_locals():
    val = 1
    val2 = val
    return val2

sys.settrace(global_tracer)
stops_lines()
skipped()
C().prop
comp()
lam()
nested_exc()
sys.settrace(None)
print("\n".join(log))

# a tracer that modifies a local through f_locals
def modifier(frame, event, arg):
    if frame.f_code.co_name == "tracer_changes_locals" and event == "line" and frame.f_lineno == 64:
        frame.f_locals["val"] = 100
    return modifier
sys.settrace(modifier)
print(tracer_changes_locals())
sys.settrace(None)

# setting f_trace of the current frame while a global tracer is set
lines = []
def local_only(frame, event, arg):
    lines.append((event, frame.f_lineno))
    return local_only
def noop(frame, event, arg):
    return None
def traced_here():
    sys._getframe().f_trace = local_only
    sys.settrace(noop)
    x = 1
    y = 2
    sys.settrace(None)
    return x + y
traced_here()
print(lines)

# errors in a tracer disable tracing
def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad
def victim():
    a = 1
    return a
sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e, sys.gettrace())
