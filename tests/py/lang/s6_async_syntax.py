# async/await syntax: parsing, precedence, the compiler's SyntaxErrors
# (messages and positions), code flags and the AST-level shapes.
import sys


def check(src):
    try:
        compile(src, '<test>', 'exec')
        print('ok:', src.replace('\n', '|'))
    except SyntaxError as e:
        print(f'{e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} | {src!r}')


for src in [
    'await x',
    '[await x for x in y]',
    'def f():\n    await x',
    'def f():\n    async for x in y: pass',
    'def f():\n    async with x: pass',
    'def f():\n    return [x async for x in y]',
    'async def f():\n    yield from x',
    'async def f():\n    yield 1\n    return 2',
    'async def f():\n    yield 1\n    return',
    '(await x for x in y)',
    'def f():\n    return (x async for x in y)',
    'async for x in y: pass',
    'async with x: pass',
    'class A:\n    await x',
    'def f():\n    [await x for x in y]',
    'async def f():\n    [[x async for x in y] for z in w]',
    'lambda: await x',
    'async def f():\n    lambda: await x',
    'async def f():\n    def g(): await x',
    'async def f():\n    return await x ** 2',
    'async def f():\n    return -await x',
    'async def f():\n    await x = 1',
    '@dec\nasync def f(): pass',
    '@dec\n@dec2\nasync def f(a, *b, c=1, **d) -> int:\n    async with a as b, c:\n        pass',
    'async def f():\n    async with (a as b, c as d):\n        pass',
    'async = 1',
    'await = 1',
    'async def f():\n    [i async for i in a if await i]',
    'async def f():\n    {k: v async for k, v in a}',
    'def f():\n    yield\n    async def g(): yield',
]:
    check(src)

# precedence: await binds tighter than ** and unary minus
class Num:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


async def calc():
    return [await Num(3) ** 2, -await Num(4), await Num(2) * await Num(5)]

c = calc()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# code flags: CO_COROUTINE 0x80, CO_ASYNC_GENERATOR 0x200
async def co():
    pass

async def ag():
    yield

def gen():
    yield

async def awaiting_comp():
    return [await q for q in ()]

print(hex(co.__code__.co_flags), hex(ag.__code__.co_flags), hex(gen.__code__.co_flags))
print(awaiting_comp.__code__.co_flags & 0x80 != 0)
c = co()
print(repr(c).startswith('<coroutine object co at 0x'), c.__name__, c.__qualname__)
c.close()
a = ag()
print(repr(a).startswith('<async_generator object ag at 0x'), a.__name__)
print(type(co).__name__, type(co()).__name__ if False else 'coroutine')
print(sys.getsizeof(a))
