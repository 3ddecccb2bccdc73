import _helper
print(sorted(k for k in vars(_helper) if not k.startswith('__')))
print(_helper.__doc__)
print(_helper.__file__.endswith("_helper.py"), _helper.__spec__.name)
_helper.added = 1
import _helper as again
print(again.added)
print(__name__, __doc__, __package__ is None or __package__ == '')
