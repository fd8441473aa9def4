# Coroutines: async def, await on coroutines and on objects with __await__, async with and
# async for (with else and break), driving a coroutine by send(), and CPython's errors.
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("tick", i)
        return "slept %d" % self.n

async def inner(n):
    r = await Sleep(n)
    return r + "!"

async def outer():
    a = await inner(2)
    b = await inner(1)
    return [a, b]

c = outer()
print(type(c).__name__, repr(c).startswith("<coroutine object outer at 0x"))
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print("result", e.value)

class AM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True

class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with AM() as m:
        print("body", type(m).__name__)
        raise ValueError("x")
    async for x in AIter(3):
        print("item", x)
    else:
        print("else")
    async for x in AIter(5):
        if x == 2: break
    else:
        print("not printed")
    return "done"

m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)

async def never(): pass
never()
print(type(never()).__name__)
try:
    iter(outer())
except TypeError as e:
    print(e)
async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print(e)
# expect: coroutine True
# expect: ('tick', 0)
# expect: ('tick', 1)
# expect: ('tick', 0)
# expect: result ['slept 2!', 'slept 1!']
# expect: enter
# expect: body AM
# expect: exit ValueError
# expect: item 1
# expect: item 2
# expect: item 3
# expect: else
# expect: done
# expect: coroutine
# expect: 'coroutine' object is not iterable
# expect: object int can't be used in 'await' expression
# expect-stderr:   never()
# expect-stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
