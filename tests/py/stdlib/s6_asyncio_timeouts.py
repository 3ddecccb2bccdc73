# asyncio timeouts (wait_for, asyncio.timeout), TaskGroup, and the loop
# API (call_soon/call_later/run_until_complete/run_in_executor).
import asyncio


async def slow(x, delay=0.2):
    await asyncio.sleep(delay)
    return x


async def timeouts():
    print(await asyncio.wait_for(slow('quick', 0.001), timeout=0.5))
    try:
        await asyncio.wait_for(slow('late'), timeout=0.005)
    except asyncio.TimeoutError as e:
        print('wait_for timed out:', type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow('zero'), timeout=0)
    except TimeoutError:
        print('timeout=0 timed out')
    print(await asyncio.wait_for(slow('none', 0), None))
    try:
        async with asyncio.timeout(0.005) as cm:
            await slow('inside')
    except TimeoutError:
        print('asyncio.timeout expired:', cm.expired())
    async with asyncio.timeout(0.5) as cm:
        r = await slow('fits', 0.001)
    print(r, cm.expired())
    async with asyncio.timeout(None) as cm:
        print('when', cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.005):
            await slow('at')
    except TimeoutError:
        print('timeout_at expired')
    try:
        async with asyncio.timeout(0.005) as cm:
            cm.reschedule(loop.time() + 0.5)
            print(await slow('rescheduled', 0.01))
    except TimeoutError:
        print('should not time out')


async def groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(slow(1, 0.002))
        t2 = tg.create_task(slow(2, 0.001))
    print('group results', t1.result(), t2.result())

    async def boom(msg, d):
        await asyncio.sleep(d)
        raise ValueError(msg)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom('one', 0.001))
            long = tg.create_task(slow('long', 1))
    except* ValueError as eg:
        print('ExceptionGroup:', [str(e) for e in eg.exceptions], long.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom('a', 0.001))
            tg.create_task(boom('b', 0.001))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(slow(0))
    except RuntimeError as e:
        print('RuntimeError:', str(e).endswith('has not been entered'))


def loop_api():
    loop = asyncio.new_event_loop()
    order = []
    base = loop.time()
    loop.call_at(base + 0.003, order.append, 'late')
    loop.call_at(base + 0.001, order.append, 'early')
    loop.call_soon(order.append, 'soon')
    loop.call_at(base + 0.002, order.append, 'at')
    print(loop.run_until_complete(slow('ruc', 0.005)), order)
    fut = loop.run_in_executor(None, pow, 2, 10)
    print(loop.run_until_complete(fut))
    print(loop.is_running(), loop.is_closed())
    loop.close()
    print(loop.is_closed())
    try:
        loop.run_until_complete(slow(1))
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print('RuntimeError:', e)


async def nested_run():
    try:
        asyncio.run(slow(1))
    except RuntimeError as e:
        print('RuntimeError:', e)


async def main():
    await timeouts()
    await groups()
    await nested_run()
    await asyncio.sleep(0)
    return 'ok'


print(asyncio.run(main()))
loop_api()
