# async with / async for keep working when a program's names hide builtins (type,
# BaseException), raise CPython's TypeErrors for objects without the protocol, and a
# match statement leaves no hidden names behind in a class body or a module.
import asyncio
class AM:
    async def __aenter__(self): return "in"
    async def __aexit__(self, *a): return False
async def handler(type, BaseException=None, StopAsyncIteration=None):
    async with AM() as v:
        print(v, type)
    class It:
        def __init__(self): self.n = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.n += 1
            if self.n > 2: raise __builtins__.StopAsyncIteration if hasattr(__builtins__, "StopAsyncIteration") else StopAsyncIteration_
            return self.n
    async for x in It():
        print("x", x)
StopAsyncIteration_ = StopAsyncIteration
asyncio.run(handler("my type"))
async def bad():
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
asyncio.run(bad())
class K:
    match 3:
        case 3:
            found = True
print(sorted(k for k in vars(K) if not k.startswith("__")))
match [1, 2]:
    case [a, b]:
        pass
print([k for k in globals() if k.startswith(".")])
# expect: in my type
# expect: x 1
# expect: x 2
# expect: 'int' object does not support the asynchronous context manager protocol
# expect: 'async for' requires an object with __aiter__ method, got int
# expect: ['found']
# expect: []
