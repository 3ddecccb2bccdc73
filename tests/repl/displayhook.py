import sys
sys.displayhook = lambda v: print("shown:", v)
1 + 1
None
sys.displayhook = sys.__displayhook__
[1, 2]
_
del sys.displayhook
3
