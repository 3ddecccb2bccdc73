# _thread.start_new_thread: an exception in the function is reported as
# "Exception ignored in thread started by: ..." with its traceback.
import _thread

lock = _thread.allocate_lock()
lock.acquire()

def f():
    try:
        raise ValueError('raw')
    finally:
        lock.release()

_thread.start_new_thread(f, ())
lock.acquire()
import time
time.sleep(0.05)
print('done')
