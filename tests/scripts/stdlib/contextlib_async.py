# contextlib's asynchronous side: asynccontextmanager, AsyncExitStack, aclosing; and chdir.
import asyncio, contextlib, os

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")

async def ticker(n):
    for i in range(n):
        yield i

async def main():
    log = []
    async with resource("db", log) as r:
        log.append(f"use {r}")
    print(log)
    log = []
    try:
        async with resource("net", log):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e, log)
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a", log))
        b = await stack.enter_async_context(resource("b", log))
        stack.callback(log.append, "sync callback")
        print(a, b)
    print(log[-4:])
    async with contextlib.aclosing(ticker(5)) as t:
        async for i in t:
            if i == 2:
                break
    print("aclosed")
asyncio.run(main())
old = os.getcwd()
with contextlib.chdir("/tmp"):
    print(os.getcwd())
print(os.getcwd() == old)
# expect: ['open db', 'use DB', 'close db']
# expect: propagated inside ['open net', 'close net']
# expect: A B
# expect: ['open b', 'sync callback', 'close b', 'close a']
# expect: aclosed
# expect: /tmp
# expect: True
