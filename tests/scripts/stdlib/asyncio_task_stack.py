# Task.get_stack() and Task.print_stack(): the suspended coroutine's frame, or the traceback
import asyncio
import io
import re

async def inner():
    await asyncio.sleep(10)

async def outer():
    await inner()

async def boom():
    raise ValueError('bad')

def show(task):
    out = io.StringIO()
    task.print_stack(file=out)
    lines = out.getvalue().splitlines()
    print(lines[0].split(' ')[0:2])
    for line in lines[1:]:
        # The file's name without its folder, however the program was started.
        print(re.sub(r'File "[^"]*/', 'File "', line))

async def main():
    t = asyncio.create_task(outer(), name='T')
    print([f.f_code.co_name for f in t.get_stack()])
    await asyncio.sleep(0)
    frames = t.get_stack()
    print(len(frames), [(f.f_code.co_name, f.f_lineno) for f in frames])
    print(len(t.get_stack(limit=1)), len(t.get_stack(limit=0)))
    show(t)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.get_stack())
    show(t)
    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in b.get_stack()])
    show(b)
    print(type(b.exception()).__name__)

asyncio.run(main())

# expect: ['outer']
# expect: 1 [('outer', 10)]
# expect: 1 0
# expect: ['Stack', 'for']
# expect:   File "asyncio_task_stack.py", line 10, in outer
# expect:     await inner()
# expect: cancelled []
# expect: ['No', 'stack']
# expect: ['boom']
# expect: ['Traceback', 'for']
# expect:   File "asyncio_task_stack.py", line 13, in boom
# expect:     raise ValueError('bad')
# expect: ValueError: bad
# expect: ValueError
