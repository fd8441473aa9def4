# asyncio: gather of the documentation's factorial tasks, async for over an asynchronous
# iterator, and TaskGroup (results, and failures raised together in an ExceptionGroup).
import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main2():
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(L)

asyncio.run(main2())

class Ticker:
    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to
    def __aiter__(self):
        return self
    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i

async def main3():
    async for i in Ticker(0.01, 5):
        print(i)
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(factorial("D", 2))
            t2 = tg.create_task(factorial("E", 3))
        print("both done", t1.result(), t2.result())
    except AttributeError as e:
        print("no taskgroup")

asyncio.run(main3())


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n

async def fail(n, msg):
    await asyncio.sleep(0.01 * n)
    raise ValueError(msg)

async def main4():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1))
        t2 = tg.create_task(ok(2))
    print("both done", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(ok(100))
            tg.create_task(fail(1, "first"))
            tg.create_task(fail(1, "second"))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg)
        print([str(e) for e in eg.exceptions], a.cancelled())
    print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))

asyncio.run(main4())
# expect: Task A: Compute factorial(2), currently i=2...
# expect: Task B: Compute factorial(3), currently i=2...
# expect: Task C: Compute factorial(4), currently i=2...
# expect: Task A: factorial(2) = 2
# expect: Task B: Compute factorial(3), currently i=3...
# expect: Task C: Compute factorial(4), currently i=3...
# expect: Task B: factorial(3) = 6
# expect: Task C: Compute factorial(4), currently i=4...
# expect: Task C: factorial(4) = 24
# expect: [2, 6, 24]
# expect: 0
# expect: 1
# expect: 2
# expect: 3
# expect: 4
# expect: Task D: Compute factorial(2), currently i=2...
# expect: Task E: Compute factorial(3), currently i=2...
# expect: Task D: factorial(2) = 2
# expect: Task E: Compute factorial(3), currently i=3...
# expect: Task E: factorial(3) = 6
# expect: both done 2 6
# expect: both done 1 2
# expect: ExceptionGroup unhandled errors in a TaskGroup (2 sub-exceptions)
# expect: ['first', 'second'] True
# expect: True True
