# Lock and RLock: blocking, non-blocking, timeouts, errors, reprs, context
# managers, and a shared counter protected by a lock across threads.
import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, type(lock).__module__, lock.locked())
print(repr(lock).split(' at ')[0])
print(lock.acquire(), lock.locked())
print(repr(lock).split(' at ')[0])
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {'timeout': 1e10})]:
    try:
        lock.acquire(*args, **kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
with lock:
    print('inside', lock.locked())
print('outside', lock.locked())
print(_thread.allocate_lock().acquire_lock(), _thread.LockType is type(lock))
print(threading.TIMEOUT_MAX, _thread.error is RuntimeError, threading.ThreadError)

r = threading.RLock()
print(type(r).__name__, type(r).__module__)
print(repr(r).split(' at ')[0])
r.acquire(); r.acquire()
print(repr(r).split(' owner=')[0], repr(r).split(' count=')[1].split(' ')[0])
print(r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count())
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with r:
    with r:
        print('nested', r._recursion_count())
print(r._recursion_count())

# Another thread cannot take a held RLock or release it.
r.acquire()
out = []
def other():
    out.append(r.acquire(blocking=False))
    out.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
t = threading.Thread(target=other)
t.start(); t.join()
print(out)
r.release()

# A lock acquired in one thread may be released by another (plain Lock).
handoff = threading.Lock()
handoff.acquire()
def releaser():
    handoff.release()
t = threading.Thread(target=releaser)
t.start()
print(handoff.acquire(timeout=5))
t.join()
handoff.release()

# Shared counter with many switches.
counter = 0
clock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with clock:
            counter += 1
ths = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(counter)

# A waiting thread gets the lock when the holder releases it.
gate = threading.Lock()
gate.acquire()
order = []
def wait_gate(i):
    with gate:
        order.append(i)
w = threading.Thread(target=wait_gate, args=(1,))
w.start()
order.append(0)
gate.release()
w.join()
print(order)
