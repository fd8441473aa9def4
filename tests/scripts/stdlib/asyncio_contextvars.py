import asyncio
import contextvars
import threading

v = contextvars.ContextVar("v", default="-")


async def child(tag):
    print("child", tag, "sees", v.get())
    v.set("child-" + tag)
    await asyncio.sleep(0)
    print("child", tag, "after sleep", v.get())
    return tag


def cb(label):
    print("cb", label, v.get())


def in_thread(x):
    return "thread %s %s %s" % (x, v.get(), threading.current_thread() is threading.main_thread())


async def main():
    loop = asyncio.get_running_loop()
    v.set("main")
    loop.call_soon(lambda: print("call_soon", v.get()))
    ctx = contextvars.copy_context()
    ctx.run(v.set, "explicit")
    loop.call_soon(cb, "given", context=ctx)
    loop.call_later(0.001, cb, "later")
    loop.call_at(loop.time() + 0.002, cb, "at")
    loop.call_at(loop.time() + 0.003, cb, "at-ctx", context=ctx)
    await asyncio.sleep(0.05)
    done = threading.Event()

    def from_thread():
        loop.call_soon_threadsafe(cb, "threadsafe")
        loop.call_soon_threadsafe(cb, "threadsafe-ctx", context=ctx)
        loop.call_soon_threadsafe(done.set)
    v.set("main2")
    t = threading.Thread(target=from_thread)
    t.start()
    t.join()
    await asyncio.sleep(0.05)
    v.set("main3")

    # done callbacks
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done-cb", v.get(), f.result()))
    fut.add_done_callback(lambda f: print("done-cb ctx", v.get()), context=ctx)
    v.set("main4")
    fut.set_result(1)
    await asyncio.sleep(0)
    fut2 = loop.create_future()
    fut2.set_result(2)
    fut2.add_done_callback(lambda f: print("done-cb late", v.get()))
    fut2.add_done_callback(lambda f: print("done-cb late ctx", v.get()), context=ctx)
    await asyncio.sleep(0)
    def rm(f):
        print("never")
    fut3 = loop.create_future()
    fut3.add_done_callback(rm)
    print("removed", fut3.remove_done_callback(rm))
    fut3.set_result(3)
    await asyncio.sleep(0)

    # tasks
    v.set("main5")
    t1 = asyncio.create_task(child("a"))
    print(await t1, "main still", v.get())
    ctx2 = contextvars.copy_context()
    t2 = asyncio.create_task(child("b"), context=ctx2)
    await t2
    print("ctx2 has", ctx2[v], "main", v.get())
    ctx3 = contextvars.Context()
    t3 = loop.create_task(child("c"), name="named", context=ctx3)
    await t3
    print("ctx3", ctx3[v], t3.get_name(), v.get())
    ctx4 = contextvars.copy_context()
    async with asyncio.TaskGroup() as tg:
        g1 = tg.create_task(child("g1"))
        g2 = tg.create_task(child("g2"), context=ctx4)
    print("tg", g1.result(), ctx4[v], v.get())

    # to_thread
    v.set("for-thread")
    print(await asyncio.to_thread(in_thread, 7))
    def setter():
        v.set("set-in-thread")
        return v.get()
    print(await asyncio.to_thread(setter), v.get())

    # exception inside a callback in a context
    def boom():
        raise ValueError("boom " + v.get())
    loop.set_exception_handler(lambda l, c: print("handler", c["message"].split(" ")[0:3], repr(c["exception"])))
    loop.call_soon(boom)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)


asyncio.run(main())
print("outside", v.get())


# the repro from the report
async def repro():
    loop = asyncio.get_running_loop()
    v.set("main")
    loop.call_soon(lambda: print(v.get()))
    await asyncio.sleep(0)

asyncio.run(repro())
print("outside again", v.get())
# expect: call_soon main
# expect: cb given explicit
# expect: cb later main
# expect: cb at main
# expect: cb at-ctx explicit
# expect: cb threadsafe -
# expect: cb threadsafe-ctx explicit
# expect: done-cb main3 1
# expect: done-cb ctx explicit
# expect: done-cb late main4
# expect: done-cb late ctx explicit
# expect: removed 1
# expect: child a sees main5
# expect: child a after sleep child-a
# expect: a main still main5
# expect: child b sees main5
# expect: child b after sleep child-b
# expect: ctx2 has child-b main main5
# expect: child c sees -
# expect: child c after sleep child-c
# expect: ctx3 child-c named main5
# expect: child g1 sees main5
# expect: child g2 sees main5
# expect: child g1 after sleep child-g1
# expect: child g2 after sleep child-g2
# expect: tg g1 child-g2 main5
# expect: thread 7 for-thread False
# expect: set-in-thread for-thread
# expect: handler ['Exception', 'in', 'callback'] ValueError('boom for-thread')
# expect: outside -
# expect: main
# expect: outside again -
