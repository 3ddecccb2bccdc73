from _helper import GREETING, bump, Thing
from _helper import counter as c0
print(GREETING, bump(), c0, Thing())
from _helper import *
print(counter, '_hidden' in dir())
try:
    from _helper import missing_name
except ImportError as e:
    print(e)
