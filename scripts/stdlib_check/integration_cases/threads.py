import threading, queue, time
results = []
lock = threading.Lock()
def worker(n):
    for i in range(3):
        with lock:
            results.append((n, i))
threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
print([t.name for t in threads], [repr(t) for t in threads][:1], threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), threading.active_count(), threading.current_thread().name)
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 2)
        q.task_done()
tp, tc = threading.Thread(target=producer), threading.Thread(target=consumer, name='cons')
tp.start(); tc.start(); tp.join(); tc.join()
print(out, tc.name, tc.is_alive())
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    pq.put(x)
print([pq.get() for _ in range(3)], queue.LifoQueue().empty())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print('empty')
ev = threading.Event()
def setter():
    time.sleep(0.05)
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(5), ev.is_set())
cond = threading.Condition()
items = []
def waiter():
    with cond:
        cond.wait_for(lambda: items)
        items.append('seen')
w = threading.Thread(target=waiter); w.start()
with cond:
    items.append('x'); cond.notify_all()
w.join()
print(items)
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)
r = threading.RLock()
with r:
    with r:
        print('reentrant ok')
t = threading.Timer(0.01, lambda: print('timer fired'))
t.start(); t.join()
loc = threading.local()
loc.x = 1
def check_local():
    print('has x in thread:', hasattr(loc, 'x'))
th = threading.Thread(target=check_local); th.start(); th.join()
print(loc.x)
try:
    threading.Thread().join()
except RuntimeError as e:
    print(e)
done = threading.Thread(target=lambda: None); done.start(); done.join()
try:
    done.start()
except RuntimeError as e:
    print(e)
def boom():
    raise ValueError('in thread')
bt = threading.Thread(target=boom, name='boomer'); bt.start(); bt.join()
print('after boom')
b = threading.Barrier(3)
arrived = []
def at_barrier(i):
    b.wait()
    with lock:
        arrived.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(arrived), b.broken)
nd = threading.Thread(target=lambda: (time.sleep(0.05), print('non-daemon finished at exit')))
nd.start()
print('main done')
