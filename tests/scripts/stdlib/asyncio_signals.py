# Signal handlers of the loop: the documentation's add_signal_handler example for SIGINT and
# SIGTERM (the program sends them to itself, and the handler stops the loop), a handler that
# completes a future, replacing and removing handlers, and the errors for bad signals and
# coroutines.
import asyncio
import functools
import os
import signal


def ask_exit(signame, loop, got):
    print("got signal %s: exit" % signame)
    got.append(signame)
    if len(got) == 2:
        loop.stop()


async def main(got):
    # The documentation's example, which sends itself the signals.
    loop = asyncio.get_running_loop()
    for signame in ['SIGINT', 'SIGTERM']:
        loop.add_signal_handler(getattr(signal, signame), functools.partial(ask_exit, signame, loop, got))
    os.kill(os.getpid(), signal.SIGINT)
    await asyncio.sleep(0.2)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.sleep(3600)


got = []
loop = asyncio.new_event_loop()
task = loop.create_task(main(got))
loop.run_forever()
print("stopped", got, task.done())
task.cancel()
loop.run_until_complete(asyncio.sleep(0))
print(task.cancelled())
print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
loop.close()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)


async def waits_for_signal():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda: fut.set_result('usr1'))
    loop.call_later(0.1, os.kill, os.getpid(), signal.SIGUSR1)
    print(await fut)
    again = loop.create_future()

    def handler(*args):
        print(*args)
        again.set_result(None)

    loop.add_signal_handler(signal.SIGUSR1, handler, 'again', 1)
    os.kill(os.getpid(), signal.SIGUSR1)
    await again
    print(loop.remove_signal_handler(signal.SIGUSR1))
    for bad in ('SIGTERM', 0, signal.SIGKILL):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError, RuntimeError) as e:
            print(type(e).__name__, e)
    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, coro)
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(waits_for_signal())
# expect: got signal SIGINT: exit
# expect: got signal SIGTERM: exit
# expect: stopped ['SIGINT', 'SIGTERM'] False
# expect: True
# expect: True False
# expect: True
# expect: True
# expect: usr1
# expect: again 1
# expect: True
# expect: TypeError sig must be an int, not 'SIGTERM'
# expect: ValueError invalid signal number 0
# expect: RuntimeError sig 9 cannot be caught
# expect: TypeError coroutines cannot be used with add_signal_handler()
