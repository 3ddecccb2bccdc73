# queue: ordering of the three queue kinds, bounds, timeouts and their
# argument errors, task accounting, SimpleQueue, subclass hooks
import queue
import threading
import time

for kind in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = kind()
    for item in (3, 1, 2):
        q.put(item)
    print(kind.__name__, [q.get() for _ in range(3)], q.empty(), q.qsize(), q.full())

q = queue.Queue(2)
q.put('a')
q.put_nowait('b')
print(q.full(), q.qsize(), list(q.queue), q.maxsize, q.unfinished_tasks)
for call in (lambda: q.put('c', block=False), lambda: q.put('c', timeout=0.01), lambda: q.put_nowait('c')):
    try:
        call()
    except queue.Full:
        print('Full')
try:
    q.put('c', timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(q.get(timeout=-0.0), q.get_nowait())
for call in (lambda: q.get(False), lambda: q.get(timeout=0.01), q.get_nowait):
    try:
        call()
    except queue.Empty:
        print('Empty', repr(queue.Empty()))
try:
    q.get(timeout=-5)
except ValueError as e:
    print('ValueError', e)
queue.Queue().put(1, timeout=-1)     # unbounded: the timeout is never looked at
q.put(9)
try:
    q.get(timeout=-5)
except ValueError as e:
    print('ValueError even with items:', e)
print(q.unfinished_tasks)
for _ in range(3):
    q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)
q.join()

# a producer unblocks a waiting consumer, join waits for task_done
work = queue.Queue()
done = []
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        done.append(item * item)
        work.task_done()
t = threading.Thread(target=consumer)
t.start()
time.sleep(0.01)
for i in range(5):
    work.put(i)
work.put(None)
work.join()
t.join()
print(done, work.unfinished_tasks)

# a bounded queue unblocks a waiting producer
small = queue.Queue(1)
small.put(0)
def drain():
    time.sleep(0.02)
    print('drained', small.get())
d = threading.Thread(target=drain)
d.start()
small.put(1, timeout=5)
d.join()
print('second item', small.get())

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=-1)
print(sq.qsize(), sq.get(), sq.get(block=False, timeout=-1), sq.get_nowait(), sq.empty())
for call in (lambda: sq.get(False), lambda: sq.get(timeout=0.01), sq.get_nowait):
    try:
        call()
    except queue.Empty:
        print('Empty')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

class Stack(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.append(item)
    def _get(self):
        return self.queue.pop()
s = Stack()
for i in range(3):
    s.put(i)
print([s.get() for _ in range(3)])
print(queue.Queue[int], queue.SimpleQueue[str], sorted(queue.__all__))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
