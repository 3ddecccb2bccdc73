class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as v:
    print("body", v)
with CM("b") as x, CM("c") as y:
    print("both", x, y)
with CM("d", swallow=True):
    raise ValueError("hidden")
print("continued")
try:
    with CM("e"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", e)
def f():
    with CM("f"):
        return "returned"
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
