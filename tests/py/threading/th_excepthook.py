# Uncaught exceptions in threads: threading.excepthook and its arguments,
# SystemExit is silent, a hook installed after the thread was created is used.
import sys
import threading

def boom():
    raise ValueError('boom')

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None, type(args).__name__, len(args)))

threading.excepthook = hook
t = threading.Thread(target=boom)
t.start(); t.join()
print(caught)
print(t.is_alive())

t2 = threading.Thread(target=sys.exit)
t2.start(); t2.join()
print(caught[1:], 'exit is silent')

t3 = threading.Thread(target=boom, name='late')
threading.excepthook = lambda a: print('late hook:', a.exc_type.__name__, a.thread.name)
t3.start(); t3.join()

def bad_hook(args):
    raise KeyError('in hook')
threading.excepthook = bad_hook
sys.stderr = sys.stdout
def quiet():
    raise RuntimeError('x')
print('before bad hook')
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
args = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread)
print(type(args).__name__, type(args).__module__)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print('TypeError:', e)

# The default hook writes to sys.stderr (here stdout): the header line and
# the exception line are compared (the traceback's file paths differ).
import io
buf = io.StringIO()
sys.stderr = buf
def fail():
    raise ZeroDivisionError('deliberate')
t4 = threading.Thread(target=fail, name='Worker')
t4.start(); t4.join()
sys.stderr = sys.__stderr__
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-3:])
