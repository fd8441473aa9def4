# Asynchronous generators: async for over them, __anext__, asend, athrow and aclose, their
# finally blocks, a cancelled task's generator closed, and CPython's errors.
import asyncio

async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)

async def squares(n):
    try:
        for i in range(n):
            yield i * i
    finally:
        print("squares cleanup")

async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("echo got", received)

async def main():
    async for i in ticker(0.001, 4):
        print("tick", i)
    total = 0
    async for sq in squares(5):
        total += sq
    print("total", total)
    gen = squares(10)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    print(await e.athrow(ValueError("boom")))
    await e.aclose()
    agen = ticker(0, 1)
    print(type(agen).__name__, type(agen.__anext__()).__name__)
    print(await agen.__anext__())
    try:
        await agen.__anext__()
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    async def consume(g):
        out = []
        async for v in g:
            out.append(v)
            if v == 2:
                break
        return out
    print(await consume(squares(10)))
    print(bool(ticker.__code__.co_flags & 0x200), bool(main.__code__.co_flags & 0x80))

asyncio.run(main())

async def forever():
    i = 0
    try:
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.001)
    finally:
        print("forever closed", i > 3)
async def reader(out):
    async for v in forever():
        out.append(v)
async def main2():
    out = []
    t = asyncio.create_task(reader(out))
    while len(out) <= 3:
        await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("reader cancelled", len(out) > 3)
    async def gen_with_return():
        yield 1
    g = gen_with_return()
    async for x in g:
        print("x", x)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
asyncio.run(main2())
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: tick 3
# expect: squares cleanup
# expect: total 30
# expect: 0 1
# expect: squares cleanup
# expect: 0
# expect: 1
# expect: 2
# expect: caught boom
# expect: echo got ['a', 'b']
# expect: async_generator async_generator_asend
# expect: 0
# expect: exhausted
# expect: squares cleanup
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: True True
# expect: forever closed True
# expect: reader cancelled True
# expect: x 1
# expect: 'async for' requires an object with __aiter__ method, got int
