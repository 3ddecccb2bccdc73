def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))
def r1(): raise ValueError
def r2(): raise ValueError("with msg")
def r3(): raise ValueError("x").with_traceback(None)
def r4(): raise 5
def r5(): raise int
def r6(): raise KeyboardInterrupt
attempt(r1); attempt(r2); attempt(r3); attempt(r4); attempt(r5); attempt(r6)
try:
    raise
except RuntimeError as e:
    print(e)
