# asyncio queues and synchronization primitives: producer/consumer order,
# Lock fairness, Event, Semaphore limits, Condition notify.
import asyncio


async def producer_consumer():
    q = asyncio.Queue(maxsize=2)
    out = []

    async def producer():
        for i in range(5):
            await q.put(i)
            out.append(f'put{i}')
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            out.append(f'got{item}')

    await asyncio.gather(producer(), consumer())
    print(out)
    print(q.empty(), q.full(), q.qsize(), q.maxsize, str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    try:
        q2.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', str(q2))


async def other_queues():
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
        pq.put_nowait((x, f'item{x}'))
    print([lq.get_nowait() for _ in range(3)])
    print([pq.get_nowait() for _ in range(3)])


async def joining():
    q = asyncio.Queue()
    done = []

    async def work(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0)
            done.append((name, item))
            q.task_done()

    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(work(f'w{i}')) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(done))
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)


async def locking():
    lock = asyncio.Lock()
    trace = []

    async def critical(name):
        async with lock:
            trace.append(f'{name}+')
            await asyncio.sleep(0)
            trace.append(f'{name}-')

    await asyncio.gather(*(critical(n) for n in 'abc'))
    print(''.join(trace), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    await lock.acquire()
    print('locked' in repr(lock), lock.locked())
    lock.release()


async def events():
    ev = asyncio.Event()
    seen = []

    async def waiter(n):
        await ev.wait()
        seen.append(n)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('before set', seen, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print('after set', seen)
    ev.clear()
    print(ev.is_set(), '[unset]' in repr(ev))


async def semaphores():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
        return i

    print(await asyncio.gather(*(job(i) for i in range(5))), 'peak', peak)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)


async def conditions():
    cond = asyncio.Condition()
    items = []
    got = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((n, items.pop(0)))

    tasks = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in ['A', 'B']:
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(got)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)


async def main():
    await producer_consumer()
    await other_queues()
    await joining()
    await locking()
    await events()
    await semaphores()
    await conditions()


asyncio.run(main())
