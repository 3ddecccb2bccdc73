# threading.local: per-thread attributes, subclasses whose __init__ runs
# once per thread, values dropped when the thread ends.
import threading

data = threading.local()
print(type(data).__name__, type(data).__module__, repr(data).split(' at ')[0])
data.x = 'main'
seen = []
def worker(n):
    seen.append(hasattr(data, 'x'))
    data.x = n
    seen.append(data.x)
    try:
        data.y
    except AttributeError as e:
        seen.append(str(e))
for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start(); t.join()
print(seen)
print(data.x, data.__dict__)
del data.x
try:
    del data.x
except AttributeError as e:
    print('AttributeError:', e)

try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)

inits = []
class MyLocal(threading.local):
    color = 'red'
    def __init__(self, size):
        inits.append((threading.current_thread().name, size))
        self.size = size
    def area(self):
        return self.size ** 2

loc = MyLocal(3)
print(loc.size, loc.area(), loc.color, repr(loc).split(' at ')[0])
def use():
    loc.size += 1
    inits.append(('after', loc.size, loc.area(), loc.color))
t = threading.Thread(target=use, name='T')
t.start(); t.join()
print(inits)
print(loc.size)

class Dying:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
holder = threading.local()
def keep():
    holder.obj = Dying('thread value')
    print('set in thread')
t = threading.Thread(target=keep)
t.start(); t.join()
print('thread joined')
holder.obj = Dying('main value')
del holder
print('end')
