# Coroutines driven by hand with send(None): await chains, __await__,
# types.coroutine, async generators through asend/athrow/aclose.
import sys
import types
import inspect


class Yielder:
    """An awaitable that suspends once, passing a value out to the driver."""
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return ('resumed', got)


async def leaf(x):
    r = await Yielder(x)
    return (x, r)


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


def drive(coro, sends=()):
    sends = list(sends)
    out = []
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            out.append(('return', e.value))
            return out
        out.append(('yield', y))
        value = sends.pop(0) if sends else None


print(drive(middle(), ['s1', 's2']))

c = middle()
print(type(c).__name__, c.cr_running, c.cr_await, c.cr_code.co_name)
print(c.send(None))
print(type(c.cr_await).__name__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

# await on non-awaitables
async def bad():
    await 5

try:
    bad().send(None)
except TypeError as e:
    print('TypeError:', e)


class BadAwait:
    def __await__(self):
        return 42


async def bad2():
    await BadAwait()

try:
    bad2().send(None)
except TypeError as e:
    print('TypeError:', e)

# throw into a suspended coroutine
async def catcher():
    try:
        await Yielder('waiting')
    except ValueError as e:
        return 'caught ' + str(e)

c = catcher()
print(c.send(None))
try:
    c.throw(ValueError('boom'))
except StopIteration as e:
    print('stop', e.value)

# __await__ wrapper
async def simple():
    return 7

w = simple().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print('wrapper stop', e.value)

# types.coroutine
@types.coroutine
def sleep0():
    yield 'tick'

async def uses_sleep():
    await sleep0()
    await sleep0()
    return 'done'

print(drive(uses_sleep()))
print(inspect.iscoroutinefunction(uses_sleep), inspect.iscoroutinefunction(sleep0))
print(inspect.isawaitable(sleep0()), inspect.isawaitable(Yielder(1)), inspect.isawaitable(3))
c = uses_sleep()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()

# StopIteration inside a coroutine
async def raises_stop():
    raise StopIteration

try:
    raises_stop().send(None)
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)

# async generators
async def agen(n):
    for i in range(n):
        got = await Yielder(('inner', i))
        yield (i, got)
    yield 'last'

def drive_anext(aw):
    out = []
    try:
        v = aw.send(None)
        while True:
            out.append(('pass', v))
            v = aw.send('reply')
    except StopIteration as e:
        out.append(('value', e.value))
    except StopAsyncIteration:
        out.append('end')
    return out

g = agen(2)
print(type(g).__name__, g.ag_running)
for _ in range(4):
    print(drive_anext(g.__anext__()))

g = agen(3)
print(drive_anext(g.asend(None)))
print(drive_anext(g.athrow(ValueError, ValueError('x'))) if False else 'skip')
print(drive_anext(g.aclose()))
print(drive_anext(g.__anext__()))

async def agen_catch():
    try:
        yield 1
    except KeyError:
        yield 'handled'
    yield 'after'

g = agen_catch()
print(drive_anext(g.__anext__()))
print(drive_anext(g.athrow(KeyError)))
print(drive_anext(g.__anext__()))
print(drive_anext(g.__anext__()))

async def agen_stubborn():
    try:
        yield 1
    finally:
        yield 2

g = agen_stubborn()
print(drive_anext(g.__anext__()))
try:
    drive_anext(g.aclose())
except RuntimeError as e:
    print('RuntimeError:', e)

aw = agen(1).__anext__()
print(type(aw).__name__)
print(sys.getsizeof(simple.__code__) > 0)

# async with / async for driven by hand
class ACM:
    async def __aenter__(self):
        print('enter')
        await Yielder('in-enter')
        return self

    async def __aexit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return True


class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def user():
    total = []
    async with ACM() as m:
        async for i in ARange(3):
            total.append(i)
        async for x in agen(2):
            total.append(x)
        raise ZeroDivisionError
    total.append([i async for i in ARange(2)])
    total.append({i: await leaf(i) for i in range(2)})
    total.append([x async for x in agen(1) if x != 'last'])
    return total

print(drive(user()))

async def with_else():
    async for i in ARange(2):
        pass
    else:
        return ('else', i)

print(drive(with_else()))

try:
    async def nope():
        async for i in 5:
            pass
    nope().send(None)
except TypeError as e:
    print('TypeError:', e)

try:
    async def nope2():
        async with 5:
            pass
    nope2().send(None)
except TypeError as e:
    print('TypeError:', e)

# async generator expression
async def genexp_user():
    ge = (i * 2 async for i in ARange(3))
    print(type(ge).__name__)
    return [x async for x in ge]

print(drive(genexp_user()))
print(sys.getsizeof(genexp_user()) if False else 'ok')
