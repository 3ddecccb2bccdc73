# Without sys.excepthook the traceback still appears, after a warning line;
# a None hook is "not callable".
import sys

del sys.excepthook
print("deleted")
raise RuntimeError("nobody hooks me")
