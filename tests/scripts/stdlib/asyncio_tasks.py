# asyncio as tutorials use it: tasks, sleep, gather, wait_for, Queue, Lock, Event, Semaphore,
# to_thread and run_in_executor, cancellation, wait, as_completed, timeout, return_exceptions.
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()

async def main():
    print(f"started")
    t0 = time.perf_counter()
    task1 = asyncio.create_task(say_after(0.1, 'hello'))
    task2 = asyncio.create_task(say_after(0.2, 'world'))
    print(task1.get_name(), task2.get_name())
    await task1
    await task2
    print(task1.result(), task2.result())
    r = await asyncio.gather(say_after(0.15, "a"), say_after(0.01, "b"), asyncio.sleep(0.02, result=7))
    print(r)
    elapsed = time.perf_counter() - t0
    print("elapsed ok", 0.3 < elapsed < 3.0)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    async def producer(n):
        for i in range(n):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        total = 0
        while True:
            item = await q.get()
            if item is None:
                break
            total += item
        return total
    p = asyncio.create_task(producer(10))
    total = await consumer()
    await p
    print("total", total)
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0.001)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(20)))
    print("counter", counter)
    def blocking(x):
        time.sleep(0.05)
        return x * 2
    print(await asyncio.to_thread(blocking, 21))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ev.set()
    print(await w)
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
        return i
    print(await asyncio.gather(*[limited(i) for i in range(6)]), peak)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, 'x')), asyncio.create_task(asyncio.sleep(0.5))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    for coro in asyncio.as_completed([say_after(0.3, "slow"), say_after(0.01, "fast")]):
        print("got", await coro)
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")
    res = await asyncio.gather(asyncio.sleep(0, 1), bad(), return_exceptions=True)
    print(res)
    return 42

async def bad():
    raise ValueError("bad")

print(asyncio.run(main()))
# expect: started
# expect: Task-2 Task-3
# expect: hello
# expect: world
# expect: HELLO WORLD
# expect: b
# expect: a
# expect: ['A', 'B', 7]
# expect: elapsed ok True
# expect: timed out
# expect: total 45
# expect: counter 20
# expect: 42
# expect: 10
# expect: cancelled True
# expect: woke
# expect: [0, 1, 2, 3, 4, 5] 2
# expect: 1 1
# expect: fast
# expect: got FAST
# expect: slow
# expect: got SLOW
# expect: timeout block
# expect: [1, ValueError('bad')]
# expect: 42
