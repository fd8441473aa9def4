# asyncio.Runner, a timeout after a swallowed cancel, and callbacks named with their arguments
# and source location, as CPython 3.11's asyncio names them; CPython's output.
import asyncio
import functools


async def swallowed_cancel_then_timeout():
    # A cancel the task swallowed earlier (as after a TaskGroup that caught a child's error)
    # is not the timeout's: the timeout still becomes TimeoutError.
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        pass
    for attempt in range(2):
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            print("timed out", attempt)


asyncio.run(swallowed_cancel_then_timeout())

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "first")))
    print(runner.run(asyncio.sleep(0, "second")))
    print(type(runner.get_loop()).__name__)
coroutine = asyncio.sleep(0)
try:
    runner.run(coroutine)
except RuntimeError as e:
    print(e)
coroutine.close()
try:
    asyncio.Runner().run(1)
except ValueError as e:
    print(e)


def callback(a, b=2):
    1 / 0


async def failing_callbacks():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, context: print(context["message"].replace(__file__, "FILE")))
    loop.call_soon(callback, 1)
    loop.call_soon(functools.partial(callback, 5, b=3))
    handle = loop.call_later(10, callback, "x")
    print(repr(handle).split(" when=")[0], repr(handle).split(" callback(")[1].replace(__file__, "FILE"))
    handle.cancel()
    print(repr(handle).split(" when=")[0])
    await asyncio.sleep(0.01)


asyncio.run(failing_callbacks())

# expect: timed out 0
# expect: timed out 1
# expect: first
# expect: second
# expect: _UnixSelectorEventLoop
# expect: Runner is closed
# expect: a coroutine was expected, got 1
# expect: <TimerHandle 'x') at FILE:41>
# expect: <TimerHandle cancelled
# expect: Exception in callback callback(1) at FILE:41
# expect: Exception in callback callback(5, b=3)() at FILE:41
