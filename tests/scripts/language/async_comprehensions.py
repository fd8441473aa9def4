# Asynchronous comprehensions (PEP 530): async for clauses in list, set and dict
# comprehensions and nested ones, asynchronous generator expressions (with async for or
# await, allowed in any function), the errors, tracebacks and cancellation through them.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
def make():
    return (x * 10 async for x in agen(3))
async def sq(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: str(x) async for x in agen(3) if x != 1})
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in agen(2)])
    print([(x, y) async for x in agen(2) async for y in agen(x + 1)])
    g = make()
    print(type(g).__name__, [v async for v in g])
    h = (await sq(x) for x in range(3))
    print(type(h).__name__, [v async for v in h])
    print([await sq(x) async for x in agen(3)])
    print([[y async for y in agen(x)] async for x in agen(3)])
    try:
        print([x async for x in range(2)])
    except TypeError as e:
        print("TypeError", e)
    class Bad:
        def __aiter__(self): return self
        async def __anext__(self): raise ValueError("boom")
    try:
        [x async for x in Bad()]
    except ValueError as e:
        print("ValueError", e)
    class Ticker:
        def __init__(self, n): self.n = n
        def __aiter__(self): return self
        async def __anext__(self):
            if self.n == 0: raise StopAsyncIteration
            self.n -= 1
            return self.n
    print(sorted([t async for t in Ticker(4)]))
    x = "outer"
    print([x async for x in agen(2)], x)
asyncio.run(main())
for src in ("def f():\n    return [x async for x in y]\n", "[x async for x in y]\n", "async def f():\n    return [x for x in [1] for y in (z async for z in w)]\n"):
    try:
        compile(src, "<s>", "exec"); print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
import traceback
async def failing():
    async def gen():
        yield 1
        raise KeyError("k")
    return [x async for x in gen()]
try:
    asyncio.run(failing())
except KeyError:
    print([(f.name, f.line) for f in traceback.extract_tb(__import__("sys").exc_info()[2])][-3:])
async def cancel_inside():
    async def slow():
        yield 1
        await asyncio.sleep(10)
        yield 2
    t = asyncio.create_task(asyncio.wait_for(asyncio.shield(asyncio.sleep(0)), 1))
    await t
    try:
        async with asyncio.timeout(0.01):
            print([x async for x in slow()])
    except TimeoutError:
        print("comprehension cancelled by timeout")
asyncio.run(cancel_inside())

# expect: [0, 1, 2, 3]
# expect: {0, 1}
# expect: {0: '0', 2: '2'}
# expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
# expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
# expect: [(0, 0), (1, 0), (1, 1)]
# expect: async_generator [0, 10, 20]
# expect: async_generator [0, 1, 4]
# expect: [0, 1, 4]
# expect: [[], [0], [0, 1]]
# expect: TypeError 'async for' requires an object with __aiter__ method, got range
# expect: ValueError boom
# expect: [0, 1, 2, 3]
# expect: [0, 1] outer
# expect: SyntaxError asynchronous comprehension outside of an asynchronous function 2 12
# expect: SyntaxError asynchronous comprehension outside of an asynchronous function 1 1
# expect: compiles
# expect: [('failing', 'return [x async for x in gen()]'), ('<listcomp>', 'return [x async for x in gen()]'), ('gen', 'raise KeyError("k")')]
# expect: comprehension cancelled by timeout
