# asyncio's event loop policy: get_event_loop_policy / set_event_loop_policy, a policy's
# new_event_loop and per-thread loops, a custom policy subclass, and the type checks.
import asyncio
import threading

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
# expect: _UnixDefaultEventLoopPolicy True
print(policy is asyncio.get_event_loop_policy())  # expect: True
loop = policy.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, "ok")))  # expect: ok
loop.close()


class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    made = 0

    def new_event_loop(self):
        CountingPolicy.made += 1
        return super().new_event_loop()


async def main():
    await asyncio.sleep(0)
    return "ran"


asyncio.set_event_loop_policy(CountingPolicy())
print(asyncio.run(main()), CountingPolicy.made)  # expect: ran 1
print(asyncio.run(main()), CountingPolicy.made)  # expect: ran 2
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, CountingPolicy.made)  # expect: True 3
loop.close()
asyncio.set_event_loop(None)


def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError", e)


t = threading.Thread(target=in_thread, name="Worker")
t.start()
t.join()  # expect: RuntimeError There is no current event loop in thread 'Worker'.
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)  # expect: _UnixDefaultEventLoopPolicy
try:
    asyncio.set_event_loop_policy(object())
except TypeError as e:
    print("TypeError", e)
    # expect: TypeError policy must be an instance of AbstractEventLoopPolicy or None, not 'object'
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError", e)  # expect: TypeError loop must be an instance of AbstractEventLoop or None, not 'int'
