import traceback
counter = 1
def f():
    return countr
try:
    f()
except NameError as e:
    print(e)
    traceback.print_exc()
