# asyncio is a package: its submodules, and the module names its classes carry
import asyncio
import asyncio.exceptions
from asyncio.subprocess import PIPE, STDOUT, DEVNULL
from asyncio import subprocess
import importlib

print(subprocess.__name__, PIPE, STDOUT, DEVNULL)
print(asyncio.exceptions.CancelledError, asyncio.exceptions.IncompleteReadError)
print(asyncio.queues.Queue, asyncio.locks.Lock, asyncio.events.AbstractEventLoop)
print(asyncio.Task, asyncio.Future, asyncio.TimeoutError is TimeoutError)
print(asyncio.SelectorEventLoop, asyncio.SendfileNotAvailableError.__mro__[1])
print(asyncio.Runner, asyncio.Timeout, asyncio.TaskGroup, asyncio.Server)
print(asyncio.StreamReader, asyncio.Protocol, asyncio.Transport, subprocess.Process)
for name in ('exceptions', 'events', 'futures', 'tasks', 'queues', 'locks', 'runners',
             'streams', 'subprocess', 'protocols', 'transports', 'base_events', 'coroutines',
             'timeouts', 'taskgroups', 'threads'):
    mod = importlib.import_module('asyncio.' + name)
    same = all(getattr(mod, n) is getattr(asyncio, n) for n in mod.__all__ if hasattr(asyncio, n))
    print(mod.__name__, getattr(asyncio, name) is mod, len(mod.__all__), same)

async def main():
    q = asyncio.queues.Queue()
    try:
        q.get_nowait()
    except asyncio.queues.QueueEmpty as e:
        print(type(e))
    r = asyncio.StreamReader()
    r.feed_data(b'ab')
    r.feed_eof()
    try:
        await r.readexactly(4)
    except asyncio.exceptions.IncompleteReadError as e:
        print(type(e).__module__, type(e).__qualname__, e.partial, e)
    print(type(asyncio.get_running_loop()))

asyncio.run(main())

# expect: asyncio.subprocess -1 -2 -3
# expect: <class 'asyncio.exceptions.CancelledError'> <class 'asyncio.exceptions.IncompleteReadError'>
# expect: <class 'asyncio.queues.Queue'> <class 'asyncio.locks.Lock'> <class 'asyncio.events.AbstractEventLoop'>
# expect: <class '_asyncio.Task'> <class '_asyncio.Future'> True
# expect: <class 'asyncio.unix_events._UnixSelectorEventLoop'> <class 'RuntimeError'>
# expect: <class 'asyncio.runners.Runner'> <class 'asyncio.timeouts.Timeout'> <class 'asyncio.taskgroups.TaskGroup'> <class 'asyncio.base_events.Server'>
# expect: <class 'asyncio.streams.StreamReader'> <class 'asyncio.protocols.Protocol'> <class 'asyncio.transports.Transport'> <class 'asyncio.subprocess.Process'>
# expect: asyncio.exceptions True 7 True
# expect: asyncio.events True 15 True
# expect: asyncio.futures True 3 True
# expect: asyncio.tasks True 19 True
# expect: asyncio.queues True 5 True
# expect: asyncio.locks True 6 True
# expect: asyncio.runners True 2 True
# expect: asyncio.streams True 7 True
# expect: asyncio.subprocess True 2 True
# expect: asyncio.protocols True 5 True
# expect: asyncio.transports True 6 True
# expect: asyncio.base_events True 2 True
# expect: asyncio.coroutines True 2 True
# expect: asyncio.timeouts True 3 True
# expect: asyncio.taskgroups True 1 True
# expect: asyncio.threads True 1 True
# expect: <class 'asyncio.queues.QueueEmpty'>
# expect: asyncio.exceptions IncompleteReadError b'ab' 2 bytes read on a total of 4 expected bytes
# expect: <class 'asyncio.unix_events._UnixSelectorEventLoop'>
