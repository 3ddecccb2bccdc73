# Coroutine objects: the 'never awaited' RuntimeWarning when an unstarted
# coroutine is freed, sizes, cr_* attributes, reuse after completion.
import sys
async def f():
    return 1
def g():
    f()
g()
c = f()
del c
print(sys.getsizeof(f()))
c = f()
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name, c.cr_origin if hasattr(c,'cr_origin') else None)
print(c.send.__qualname__, type(c).__name__, type(c.__await__()).__name__)
try: c.send(None)
except StopIteration as e: print("stop", e.value)
try: c.send(None)
except RuntimeError as e: print(e)
print(c.cr_frame)
async def ag():
    yield 1
a = ag()
print(type(a), sys.getsizeof(a), type(a.__anext__()), type(a.aclose()), type(a.athrow(ValueError)))
print(f.__code__.co_flags, ag.__code__.co_flags)
