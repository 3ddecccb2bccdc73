import gc, sys
class D:
    def __del__(self):
        print("D freed")
def f():
    d = D()
    fr = sys._getframe()
    return 1
f()
print("collected", gc.collect() > 0)
def g():
    d = D()
    try:
        raise ValueError
    except ValueError as e:
        err = e
g()
print("collected", gc.collect() > 0)
print("end")
