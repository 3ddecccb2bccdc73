# threading API surface: names, reprs, errors, Condition/Semaphore/Event/
# Barrier/Timer behaviour and reprs, deprecated aliases, local objects.
import threading
import warnings


def scrub(text):
    # Addresses and thread idents vary from run to run.
    words = []
    for word in str(text).split(' '):
        if word.startswith('0x'):
            word = 'ADDR' + word.lstrip('0x123456789abcdef')
        elif word[:3].isdigit():
            word = 'ID' + word.lstrip('0123456789')
        words.append(word)
    return ' '.join(words)


def job():
    pass


t = threading.Thread(target=job)
print(scrub(t), t.name, t.ident, t.native_id, t.daemon, t.is_alive())
t.start()
t.join()
print(scrub(t), t.is_alive(), t.ident is not None, isinstance(t.native_id, int))
d = threading.Thread(target=print, daemon=True, name=42)
print(scrub(d), repr(d.name))


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=Callable()).name, threading.Thread(target=len).name)
print(threading.Thread().name, threading.Timer(1, job).name)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print('AssertionError:', e)
fresh = threading.Thread()
try:
    fresh.join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


broken = NoInit()
for action in (broken.start, broken.join, broken.is_alive, lambda: broken.name,
               lambda: setattr(broken, 'daemon', True), lambda: broken.daemon,
               lambda: repr(broken)):
    try:
        action()
    except (RuntimeError, AssertionError) as e:
        print(type(e).__name__ + ':', e)

main = threading.main_thread()
print(scrub(main), main is threading.current_thread(), main.name, main.daemon)
print(threading.active_count(), [th.name for th in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)

# Subclass overriding run(); join with a timeout on a blocked thread.
gate = threading.Event()
out = []


class Worker(threading.Thread):
    def run(self):
        gate.wait()
        out.append(self.name)


w = Worker(name='worker')
w.start()
w.join(0.01)
print(w.is_alive(), threading.active_count())
gate.set()
w.join()
print(out, w.is_alive())

# Condition
c = threading.Condition()
print(scrub(c))
try:
    c.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    c.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
with c:
    print(c.wait(0.01), c.wait_for(lambda: False, 0.01), c.wait_for(lambda: 5))
print(scrub(threading.Condition(threading.Lock())))
items = []
cv = threading.Condition()


def consumer():
    with cv:
        cv.wait_for(lambda: items)
        out.append(items.pop())


ths = [threading.Thread(target=consumer) for _ in range(3)]
for th in ths:
    th.start()
for i in range(3):
    with cv:
        items.append(i)
        cv.notify()
for th in ths:
    th.join()
print(sorted(out[1:]))

# Semaphores
s = threading.Semaphore(2)
print(scrub(s), s.acquire(), s.acquire(), s.acquire(timeout=0.01), s.acquire(False))
s.release(2)
print(scrub(s))
for bad in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
b = threading.BoundedSemaphore(2)
with b:
    print(scrub(b))
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)


class MySem(threading.Semaphore):
    pass


print(scrub(MySem(3)))

# Event
e = threading.Event()
print(scrub(e), e.is_set(), e.wait(0.01))
e.set()
print(scrub(e), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

# Barrier
bar = threading.Barrier(3, action=lambda: out.append('action'))
print(scrub(bar), bar.parties, bar.n_waiting, bar.broken)
got = []
ths = [threading.Thread(target=lambda: got.append(bar.wait())) for _ in range(3)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(sorted(got), out[-1], bar.n_waiting)
bar2 = threading.Barrier(2, timeout=0.01)
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print('broken', bar2.broken, scrub(bar2))
bar2.reset()
print(bar2.broken)
bar2.abort()
try:
    bar2.wait()
except threading.BrokenBarrierError as exc:
    print('BrokenBarrierError', repr(exc), issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=['yes'])
tm.start()
tm.join()
tm2 = threading.Timer(5, fired.append, kwargs={'object': 'no'})
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm.interval, tm2.finished.is_set())

# Deprecated spellings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t.isDaemon(); t.getName(); t.setName('renamed'); threading.currentThread()
    threading.activeCount(); threading.Event().isSet()
    with c:
        c.notifyAll()
    try:
        t.setDaemon(False)
    except RuntimeError as exc:
        print('RuntimeError:', exc)
for w in caught:
    print(w.category.__name__, w.message)
print(t.name)

# Hooks and misc
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is RuntimeError)
print(threading.stack_size())
print(sorted(threading.__all__))
args = threading.ExceptHookArgs([1, 2, 3, 4])
print(args, args.thread, len(args))
try:
    threading.ExceptHookArgs([1])
except TypeError as exc:
    print('TypeError:', exc)

# local
loc = threading.local()
print(scrub(loc))
loc.v = 1
for bad in (lambda: loc.missing, lambda: delattr(loc, 'missing'),
            lambda: setattr(loc, '__dict__', {}), lambda: delattr(loc, '__dict__')):
    try:
        bad()
    except AttributeError as exc:
        print('AttributeError:', exc)


class Counter(threading.local):
    total = 0

    @property
    def doubled(self):
        return self.total * 2


cnt = Counter()
cnt.total = 4
res = []
th = threading.Thread(target=lambda: res.append((cnt.total, cnt.doubled, vars(cnt))))
th.start()
th.join()
print(res, cnt.doubled, cnt.__dict__)
try:
    Counter().missing
except AttributeError as exc:
    print('AttributeError:', exc)
