# queue.Queue and friends between threads: put/get/task_done/join,
# timeouts with queue.Empty / queue.Full, LifoQueue, PriorityQueue.
import queue
import threading

q = queue.Queue()
print(q.empty(), q.qsize(), q.full(), q.maxsize)
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
ths = [threading.Thread(target=worker) for _ in range(3)]
for t in ths:
    t.start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(results), q.unfinished_tasks)
for _ in ths:
    q.put(None)
for t in ths:
    t.join()
print(q.empty(), q.qsize())

try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get_nowait()
except queue.Empty:
    print('Empty now')
try:
    q.get(block=False)
except queue.Empty:
    print('Empty nonblocking')
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)

b = queue.Queue(maxsize=2)
b.put(1); b.put_nowait(2)
print(b.full(), b.qsize())
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
try:
    b.put_nowait(3)
except queue.Full:
    print('Full now')
def drain():
    got = []
    got.append(b.get())
    got.append(b.get())
    got.append(b.get(timeout=5))
    print('drained', got)
t = threading.Thread(target=drain)
t.start()
b.put(3)          # blocks until the drainer made room
t.join()

lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put('x')
print(sq.get(), sq.empty(), sq.qsize())

# Pipeline: producer -> consumer with a sentinel.
pipe = queue.Queue()
out = []
def produce():
    for i in range(5):
        pipe.put(i)
    pipe.put(None)
def consume():
    while (item := pipe.get()) is not None:
        out.append(item)
p = threading.Thread(target=produce); c = threading.Thread(target=consume)
c.start(); p.start()
p.join(); c.join()
print(out)
