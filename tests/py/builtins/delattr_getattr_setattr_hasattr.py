class O: pass
o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), hasattr(o, "x"), hasattr(o, "y"), getattr(o, "y", "dflt"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "x")
except AttributeError as e:
    print(e)
try:
    delattr(o, "x")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
print(getattr([], "append").__name__, getattr(str, "upper")("a"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)
