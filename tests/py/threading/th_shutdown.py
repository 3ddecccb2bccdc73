# At exit, non-daemon threads are joined (their output comes after the main
# module's), daemon threads are abandoned; _thread basics.
import _thread
import threading
import time

started = threading.Event()
def late():
    started.set()
    time.sleep(0.1)
    print('non-daemon thread finished after main')

def forever():
    while True:
        time.sleep(1)

threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
started.wait()

lock = _thread.allocate_lock()
lock.acquire()
box = []
def raw(a, b, c=None):
    box.append((a, b, c, _thread.get_ident() != main_ident))
    lock.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(raw, (1, 2), {'c': 3})
lock.acquire()
print(box, type(ident).__name__)
for bad in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print('TypeError:', e)
print(threading.active_count(), _thread.stack_size())
print('main done')
