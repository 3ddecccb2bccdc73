import sys

events = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "return":
        events.append((event, name, frame.f_lineno, arg))
    elif event == "exception":
        events.append((event, name, frame.f_lineno, arg[0].__name__, str(arg[1])))
    else:
        events.append((event, name, frame.f_lineno))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
    return total

def raiser():
    x = 1
    raise KeyError("k")

def catcher():
    try:
        raiser()
    except KeyError as e:
        r = "caught"
    return r

def gen():
    yield 1
    x = 2
    yield x

def uses_gen():
    out = []
    for v in gen():
        out.append(v)
    return out

def one_liner(): return 42

def while_loop():
    i = 0
    while i < 3:
        i += 1
    return i

def cond(x):
    if x:
        y = 1
    else:
        y = 2
    return y

sys.settrace(tracer)
loop(2)
catcher()
uses_gen()
one_liner()
while_loop()
cond(True)
cond(False)
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
