# An exception from a task shows the frames CPython's tracebacks show: the coroutines',
# none of the task machinery's (C code in CPython); CPython's output.
import asyncio
import traceback


async def boom():
    raise ValueError("x")


async def middle():
    await boom()


def names(e):
    return [frame.name for frame in traceback.extract_tb(e.__traceback__)]


async def main():
    try:
        await asyncio.create_task(boom())
    except ValueError as e:
        print(names(e))
    try:
        await asyncio.gather(middle(), asyncio.sleep(0))
    except ValueError as e:
        print(names(e))
    task = asyncio.create_task(middle())
    await asyncio.sleep(0)
    print(names(task.exception()))
    try:
        task.result()
    except ValueError as e:
        print(names(e))


asyncio.run(main())

# expect: ['main', 'boom']
# expect: ['main', 'middle', 'boom']
# expect: ['middle', 'boom']
# expect: ['main', 'middle', 'boom']
