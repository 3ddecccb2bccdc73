import _helper
print(_helper.GREETING, _helper.bump(), _helper.bump(), _helper.counter)
import _helper as h2
print(h2 is _helper, h2.counter)
print(_helper.__name__, type(_helper).__name__)
import sys
print('_helper' in sys.modules)
