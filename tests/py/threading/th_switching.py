# Preemption: a thread that never blocks still lets the others run (the
# switch interval), time.sleep lets others run, sys.exc_info and the
# recursion depth are per thread.
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)

# The main thread spins until a worker has run: only preemption lets it.
flag = []
def setter():
    flag.append(1)
t = threading.Thread(target=setter)
t.start()
spins = 0
while not flag:
    spins += 1
t.join()
print('worker ran while main was spinning')

# Two busy threads both make progress before either finishes.
progress = {'a': 0, 'b': 0}
stop = False
def busy(name):
    while not stop:
        progress[name] += 1
ta = threading.Thread(target=busy, args=('a',))
tb = threading.Thread(target=busy, args=('b',))
ta.start(); tb.start()
time.sleep(0.1)
stop = True
ta.join(); tb.join()
print(progress['a'] > 0, progress['b'] > 0)

# sleep releases the baton: a sleeping main thread lets a worker finish.
done = []
def quick():
    done.append('quick')
t = threading.Thread(target=quick)
t.start()
time.sleep(0.05)
print(done, t.is_alive())
t.join()

# sys.exc_info is per thread.
def show_exc(out):
    out.append(sys.exc_info())
    try:
        raise KeyError('inner')
    except KeyError:
        out.append(sys.exc_info()[0].__name__)
    out.append(sys.exc_info())
try:
    raise ValueError('outer')
except ValueError:
    out = []
    t = threading.Thread(target=show_exc, args=(out,))
    t.start(); t.join()
    print(out)
    print(sys.exc_info()[0].__name__)

# Each thread has its own recursion depth.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def deep(out):
    out.append(depth(900))
    try:
        depth(5000)
    except RecursionError as e:
        out.append(str(e))
def nest(n):
    if n == 0:
        res = []
        t = threading.Thread(target=deep, args=(res,))
        t.start(); t.join()
        return res
    return nest(n - 1)
print(nest(500))

# Ten threads append in the order the events let them.
events = [threading.Event() for _ in range(10)]
order = []
def step(i):
    events[i].wait()
    order.append(i)
    if i + 1 < len(events):
        events[i + 1].set()
ths = [threading.Thread(target=step, args=(i,)) for i in range(10)]
for th in reversed(ths):
    th.start()
events[0].set()
for th in ths:
    th.join()
print(order)

for v in [0, -1, 'x', 1e-9, 2, 0.005]:
    try:
        sys.setswitchinterval(v)
        print(sys.getswitchinterval())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
