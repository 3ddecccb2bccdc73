# Event, Condition, Semaphore, BoundedSemaphore, Barrier, Timer.
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), repr(ev).split(' at ')[0], repr(ev).split(': ')[1])
got = []
def setter():
    got.append('setter ran')
    ev.set()
t = threading.Thread(target=setter)
t.start()
print(ev.wait(5), got)
t.join()
ev.clear()
print(ev.is_set())

# Condition: producer/consumer, notify, notify_all, wait_for.
cond = threading.Condition()
items = []
def consumer(name, out):
    with cond:
        cond.wait_for(lambda: items)
        out.append((name, items.pop(0)))
out = []
cs = [threading.Thread(target=consumer, args=('c%d' % i, out)) for i in range(3)]
for c in cs:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print(sorted(v for _, v in out), len(out))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.wait(0)
except RuntimeError as e:
    print('RuntimeError:', e)
with cond:
    print(cond.wait(0.01))
print(repr(cond).startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0 at'))
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait_for(lambda: 42, timeout=0.01))

flag = []
all_cond = threading.Condition()
ready = threading.Semaphore(0)
def sleeper():
    with all_cond:
        ready.release()
        all_cond.wait()
        flag.append(1)
ss = [threading.Thread(target=sleeper) for _ in range(3)]
for s in ss:
    s.start()
for _ in range(3):
    ready.acquire()
with all_cond:
    all_cond.notify_all()
for s in ss:
    s.join()
print(flag)

# Semaphore
sem = threading.Semaphore(2)
print(repr(sem).split(': ')[1], sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(repr(sem).split(': ')[1])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    sem.release(0)
except ValueError as e:
    print('ValueError:', e)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError:', e)
print(repr(bs).split(': ')[1])
active = 0
peak = 0
guard = threading.Lock()
limit = threading.BoundedSemaphore(2)
import time
def limited():
    global active, peak
    with limit:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with guard:
            active -= 1
ls = [threading.Thread(target=limited) for _ in range(5)]
for l in ls:
    l.start()
for l in ls:
    l.join()
print('peak <= 2:', peak <= 2, active)

# Barrier
b = threading.Barrier(3, action=lambda: print('barrier action'))
print(b.parties, b.n_waiting, b.broken)
idx = []
def at_barrier():
    idx.append(b.wait())
bt = [threading.Thread(target=at_barrier) for _ in range(3)]
for x in bt:
    x.start()
for x in bt:
    x.join()
print(sorted(idx))
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('BrokenBarrierError', b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
print(b2.broken)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=['fired'])
print(tm.name.startswith('Thread-'))
tm.start(); tm.join()
print(fired)
tm2 = threading.Timer(10, fired.append, args=['never'])
tm2.start()
tm2.cancel()
tm2.join()
print(fired)
