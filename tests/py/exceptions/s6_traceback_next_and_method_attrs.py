class C:
    def m(s): pass
C.m.flag = 1
print(C().m.flag, C().m.__dict__, C().m.__doc__, C().m.__name__, C().m.__qualname__)
try: C().m.x
except AttributeError as e: print(e)
try: C().m.x = 1
except AttributeError as e: print(e)
try: [].append.x
except AttributeError as e: print(e)
def f(): 1/0
def g(): f()
try: g()
except Exception as e: tb = e.__traceback__
print(tb.tb_next.tb_next is not None)
t = tb.tb_next
t.tb_next = None
print(tb.tb_next.tb_next)
import traceback
traceback.print_tb(tb)
for v in [1, tb]:
    try: t.tb_next = v
    except Exception as x: print(type(x).__name__, x)
for a in ['tb_lineno', 'tb_frame', 'foo']:
    try: setattr(t, a, None)
    except Exception as x: print(type(x).__name__, x)
try: del t.tb_next
except Exception as x: print(type(x).__name__, x)
for a in ['tb_lineno', 'tb_frame', 'tb_lasti']:
    try: delattr(t, a)
    except Exception as x: print(type(x).__name__, x)
