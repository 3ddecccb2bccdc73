# Thread basics: targets, args, kwargs, names, daemon flag, join, is_alive,
# subclassing run(), current_thread/main_thread, active_count, enumerate.
import threading

results = []

def work(a, b=0, *, c=0):
    results.append((threading.current_thread().name, a + b + c))

t = threading.Thread(target=work, args=(1,), kwargs={'b': 2, 'c': 3})
print(t.name, t.daemon, t.is_alive(), t.ident is None, t.native_id is None)
print(repr(t))
t.start()
t.join()
print(results, t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print(repr(t).replace(str(t.ident), 'IDENT'))

try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)

u = threading.Thread(target=work, args=(5,))
try:
    u.join()
except RuntimeError as e:
    print('RuntimeError:', e)

named = threading.Thread(target=work, args=(10,), name='worker-x', daemon=True)
print(named.name, named.daemon)
named.start(); named.join()
print(results[-1])

class Sub(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.out = None
    def run(self):
        self.out = sum(range(self.n))

s = Sub(100)
print(s.name)
s.start(); s.join()
print(s.out)

anon = threading.Thread()
print(anon.name)
anon.start(); anon.join()

def lam():
    pass
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=lam).name)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.active_count(), [th.name for th in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.current_thread().ident == threading.get_ident())

try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)

d = threading.Thread(target=work, args=(0,))
d.daemon = True
print(d.daemon, d.isDaemon(), d.getName())
d.setName('renamed')
print(d.name)
d.start(); d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)

ev = threading.Event()
seen = []
def waiter():
    seen.append(threading.current_thread().is_alive())
    ev.wait()
w = threading.Thread(target=waiter)
w.start()
print(w.is_alive(), threading.active_count(), len(threading.enumerate()))
ev.set()
w.join()
print(w.is_alive(), seen, threading.active_count())

idents = set()
def grab():
    idents.add(threading.get_ident())
ths = [threading.Thread(target=grab) for _ in range(4)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(len(idents) >= 1, threading.get_ident() not in idents)
print(t.join(timeout=0.1), t.is_alive())
