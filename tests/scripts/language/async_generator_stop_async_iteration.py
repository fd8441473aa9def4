# StopAsyncIteration raised inside an async generator's body becomes RuntimeError (PEP 525),
# in async for, in an async comprehension and through __anext__; the generator is then done.
import asyncio
async def agen():
    yield 1
    raise StopAsyncIteration
async def main():
    out = []
    try:
        async for x in agen():
            out.append(x)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__, out)
    try:
        print([x async for x in agen()])
    except RuntimeError as e:
        print("RuntimeError", e)
    g = agen()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
asyncio.run(main())

# expect: RuntimeError async generator raised StopAsyncIteration StopAsyncIteration [1]
# expect: RuntimeError async generator raised StopAsyncIteration
# expect: 1
# expect: RuntimeError async generator raised StopAsyncIteration
# expect: exhausted
