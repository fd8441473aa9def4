# Comprehensions that await, inside an async def: list, dict and set comprehensions, nested
# ones and conditions run as coroutines their owner awaits.
import asyncio
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    print([await double(i) for i in range(5)])
    print({i: await double(i) for i in range(3)})
    print({await double(i) for i in range(3)})
    print([[await double(i * j) for j in range(3)] for i in range(3)])
    tasks = [asyncio.create_task(double(i)) for i in range(4)]
    print([await t for t in tasks])
    print(sum([await double(i) for i in range(10) if i % 2]))
asyncio.run(main())
# expect: [0, 2, 4, 6, 8]
# expect: {0: 0, 1: 2, 2: 4}
# expect: {0, 2, 4}
# expect: [[0, 0, 0], [0, 2, 4], [0, 4, 8]]
# expect: [0, 2, 4, 6]
# expect: 50
