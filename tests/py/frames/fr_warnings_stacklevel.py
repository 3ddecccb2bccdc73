import sys
import warnings
sys.stderr = sys.stdout

def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)

def user_code():
    deprecated_api()

warnings.simplefilter("always")
user_code()
warnings.warn("level one")
def lvl3():
    warnings.warn("three up", stacklevel=3)
def mid():
    lvl3()
mid()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    user_code()
    print([(x.filename == __file__, x.lineno, str(x.message)) for x in w])
