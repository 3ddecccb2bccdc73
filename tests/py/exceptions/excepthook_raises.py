# A hook that raises: CPython prints "Error in sys.excepthook:", the hook's
# error, then "Original exception was:" and the original traceback.
import sys


def bad_hook(t, v, tb):
    raise KeyError("inside the hook")


sys.excepthook = bad_hook
d = {}
d["missing"]
