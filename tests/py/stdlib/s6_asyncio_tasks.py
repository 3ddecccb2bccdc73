# asyncio tasks: interleaving order, gather, cancellation, shield, wait,
# as_completed, done callbacks, futures. Sleeps are tiny; output is
# deterministic.
import asyncio

log = []


async def worker(name, steps, delay=0):
    for i in range(steps):
        log.append(f'{name}{i}')
        await asyncio.sleep(delay)
    return name.upper()


async def failing(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def interleave():
    log.clear()
    a = asyncio.create_task(worker('a', 3))
    b = asyncio.create_task(worker('b', 2))
    c = asyncio.create_task(worker('c', 1))
    print(await a, await b, await c)
    print(' '.join(log))


async def gathering():
    print(await asyncio.gather(worker('x', 1), worker('y', 2), worker('z', 0)))
    print(await asyncio.gather())
    res = await asyncio.gather(worker('p', 1), failing('bad'), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res], res[1])
    try:
        await asyncio.gather(failing('first', 0.001), worker('q', 1))
    except ValueError as e:
        print('gather raised', e)
    # timing decides the order of completion, not the order of arguments
    order = []
    base = asyncio.get_running_loop().time()

    async def after(d, tag):
        # Deadlines from one base time: the order does not depend on how
        # long starting the tasks takes.
        await asyncio.sleep(max(0, base + d - asyncio.get_running_loop().time()))
        order.append(tag)
        return tag

    print(await asyncio.gather(after(0.04, 'slow'), after(0.001, 'fast'), after(0.02, 'mid')))
    print(order)


async def cancelling():
    started = asyncio.Event()

    async def sleeper():
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('sleeper saw CancelledError')
            raise

    t = asyncio.create_task(sleeper())
    await started.wait()
    print('cancel ->', t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting cancelled task raised CancelledError')
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raised CancelledError')

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'ignored cancel'

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    t = asyncio.create_task(worker('never', 1))
    t.cancel('with message')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled before start:', e.args)

    inner = asyncio.create_task(worker('shielded', 1, 0.005))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print('inner result', await inner)


async def waiting():
    tasks = [asyncio.create_task(worker(n, 1, d)) for n, d in (('w1', 0.001), ('w2', 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending))
    t.cancel()
    results = []
    for fut in asyncio.as_completed([worker('m', 1, 0.02), worker('n', 1, 0.001), worker('o', 1, 0.01)]):
        results.append(await fut)
    print(results)


async def callbacks_and_futures():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), repr(fut))
    fut.add_done_callback(lambda f: print('callback got', f.result()))
    loop.call_soon(fut.set_result, 42)
    print(await fut, repr(fut))
    fut2 = loop.create_future()
    fut2.set_exception(KeyError('k'))
    try:
        await fut2
    except KeyError as e:
        print('future raised', repr(e))
    try:
        fut2.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError')
    t = asyncio.create_task(worker('cb', 1))
    t.add_done_callback(lambda task: print('task done callback:', task.result()))
    await t
    await asyncio.sleep(0)
    order = []
    loop.call_later(0.002, order.append, 'later')
    loop.call_soon(order.append, 'soon')
    h = loop.call_soon(order.append, 'cancelled')
    h.cancel()
    await asyncio.sleep(0.01)
    print(order)
    print(asyncio.current_task().get_name() == main_task_name)
    print(all(isinstance(x, asyncio.Task) for x in asyncio.all_tasks()))
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError:', e)


async def main():
    global main_task_name
    main_task_name = asyncio.current_task().get_name()
    await interleave()
    await gathering()
    await cancelling()
    await waiting()
    await callbacks_and_futures()
    return 'finished'


print(asyncio.run(main()))
try:
    asyncio.run(worker)
except ValueError as e:
    print('ValueError:', str(e)[:30])
