import importlib
import _helper
_helper.bump()
print(_helper.counter)
importlib.reload(_helper)
print(_helper.counter)
m = importlib.import_module("_shapes._circle")
print(m.PI)
