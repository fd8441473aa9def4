# asyncio reprs: Queue with what it holds and waits for, Timeout through its states, Condition,
# Event, Lock and Semaphore with their state.
import asyncio, re
def clean(r): return re.sub(r"0x[0-9a-f]+", "0x?", r)
async def main():
    q = asyncio.Queue(); q.put_nowait(1); q.put_nowait("a")
    print(clean(repr(q)), str(q))
    q.get_nowait(); q.get_nowait()
    print(clean(repr(q)), str(q))
    q.task_done()
    print(str(q))
    p = asyncio.PriorityQueue(3); p.put_nowait(2)
    print(str(p), str(asyncio.LifoQueue()))
    t = asyncio.timeout(10)
    print(t)
    async with t:
        print(repr(t).split(" when=")[0], "when=" in repr(t))
    print(t)
    t2 = asyncio.timeout(0.01)
    try:
        async with t2:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", t2, t2.expired())
    c = asyncio.Condition()
    print(clean(repr(c)))
    async with c:
        print(clean(repr(c)))
    e = asyncio.Event(); print(clean(repr(e))); e.set(); print(clean(repr(e)))
    l = asyncio.Lock(); print(clean(repr(l)))
    s = asyncio.Semaphore(2); print(clean(repr(s)))
asyncio.run(main())

# expect: <Queue at 0x? maxsize=0 _queue=[1, 'a'] tasks=2> <Queue maxsize=0 _queue=[1, 'a'] tasks=2>
# expect: <Queue at 0x? maxsize=0 tasks=2> <Queue maxsize=0 tasks=2>
# expect: <Queue maxsize=0 tasks=1>
# expect: <PriorityQueue maxsize=3 _queue=[2] tasks=1> <LifoQueue maxsize=0>
# expect: <Timeout [created]>
# expect: <Timeout [active] True
# expect: <Timeout [finished]>
# expect: timed out <Timeout [expired]> True
# expect: <asyncio.locks.Condition object at 0x? [unlocked]>
# expect: <asyncio.locks.Condition object at 0x? [locked]>
# expect: <asyncio.locks.Event object at 0x? [unset]>
# expect: <asyncio.locks.Event object at 0x? [set]>
# expect: <asyncio.locks.Lock object at 0x? [unlocked]>
# expect: <asyncio.locks.Semaphore object at 0x? [unlocked, value:2]>
