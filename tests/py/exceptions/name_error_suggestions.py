counter = 1
def f():
    return countr
try:
    f()
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, "name") else None)
class Box:
    def __init__(self):
        self.content = 1
try:
    Box().contnt
except AttributeError as e:
    print(type(e).__name__, e)
f()
