# asyncio's objects: task names and reprs, futures, cancel messages, the loop's own API
# (new_event_loop, run_until_complete, call_soon, call_later), errors out of asyncio.run.
import asyncio

async def boom():
    raise ValueError("bad")

async def work(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    t = asyncio.create_task(work(3), name="sq")
    print(repr(t).replace(__file__, "FILE"))
    print(await t)
    print(repr(t).replace(__file__, "FILE"))
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(work(1)))
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result(5)
    print(f, await f)
    print(repr(asyncio.CancelledError), asyncio.CancelledError.__mro__[1].__name__)
    print(asyncio.current_task().get_name())
    t2 = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print(t2.done(), type(t2.exception()).__name__)
    t3 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t3.cancel("stop it")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("cancel msg", e.args)
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    loop.call_soon(print, "soon")
    print(await fut)

loop = asyncio.new_event_loop()
print(loop)
print(loop.run_until_complete(work(4)))
loop.close()
print(loop)
asyncio.run(main())

async def failing():
    await asyncio.sleep(0.001)
    raise KeyError("missing")

try:
    asyncio.run(failing())
except KeyError as e:
    print("caught", e)

async def forgotten():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)

asyncio.run(forgotten())
# expect: <_UnixSelectorEventLoop running=False closed=False debug=False>
# expect: 16
# expect: <_UnixSelectorEventLoop running=False closed=True debug=False>
# expect: <Task pending name='sq' coro=<work() running at FILE:8>>
# expect: 9
# expect: <Task finished name='sq' coro=<work() done, defined at FILE:8> result=9>
# expect: True False True
# expect: <Future pending>
# expect: <Future finished result=5> 5
# expect: <class 'asyncio.exceptions.CancelledError'> BaseException
# expect: Task-2
# expect: True ValueError
# expect: cancel msg ('stop it',)
# expect: True False
# expect: soon
# expect: later
# expect: caught 'missing'
# expect-stderr: Task exception was never retrieved
# expect-stderr: ValueError: bad
