# asyncio.Barrier (3.11), asyncio's InvalidStateError texts, threading.__excepthook__ and
# gettrace/getprofile, time.get_clock_info, wait()'s named tuple, lock reprs, char Arrays.
import asyncio, threading, time, concurrent.futures as cf, multiprocessing as mp
async def worker(b, i, log):
    idx = await b.wait()
    log.append(idx)
async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split(" at ")[0], b.parties, b.n_waiting, b.broken, repr(b).split("[")[1])
    log = []
    await asyncio.gather(*(worker(b, i, log) for i in range(3)))
    print(sorted(log), b.n_waiting)
    async with asyncio.Barrier(1) as pos: print("alone", pos)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print(b2.n_waiting)
    await b2.abort()
    try: await t
    except asyncio.BrokenBarrierError as e: print("broken:", e, b2.broken)
    fut = asyncio.get_running_loop().create_future()
    try: fut.result()
    except asyncio.InvalidStateError as e: print(e)
    fut.cancel()
    try: fut.set_result(1)
    except asyncio.InvalidStateError as e: print(e)
    try: asyncio.Barrier(0)
    except ValueError as e: print(e)
asyncio.run(main())
print(threading.__excepthook__ is threading.excepthook, threading.gettrace(), threading.getprofile())
f = lambda *a: None
threading.settrace(f); print(threading.gettrace() is f); threading.settrace(None)
for name in ("monotonic", "perf_counter", "process_time", "thread_time", "time"):
    print(time.get_clock_info(name))
try: time.get_clock_info("x")
except ValueError as e: print(e)
with cf.ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(3)]
    r = cf.wait(fs)
    print(r._fields, len(r.done), len(r.not_done), sorted(f.result() for f in r.done))
s = threading.Semaphore(3); bs = threading.BoundedSemaphore(2); ev = threading.Event()
print(repr(s).split(" at ")[0], repr(s).split(": ")[1], repr(bs).split(": ")[1], repr(ev).split(" at ")[0], repr(ev).split(": ")[1])
if __name__ == "__main__":
    arr = mp.Array('c', b"hi")
    print(arr.value, arr[:], len(arr))
    arr2 = mp.Array('c', 5)
    arr2.value = b"abc"
    print(arr2.value, arr2.raw)

# expect: <asyncio.locks.Barrier object 3 0 False filling, waiters:0/3]>
# expect: [0, 1, 2] 0
# expect: alone 0
# expect: 1
# expect: broken: Abort or reset of barrier True
# expect: Result is not set.
# expect: invalid state
# expect: parties must be > 0
# expect: True None None
# expect: True
# expect: namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)
# expect: namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)
# expect: namespace(implementation='clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', monotonic=True, adjustable=False, resolution=1e-09)
# expect: namespace(implementation='clock_gettime(CLOCK_THREAD_CPUTIME_ID)', monotonic=True, adjustable=False, resolution=1e-09)
# expect: namespace(implementation='clock_gettime(CLOCK_REALTIME)', monotonic=False, adjustable=True, resolution=1e-09)
# expect: unknown clock
# expect: ('done', 'not_done') 3 0 [1, 2, 4]
# expect: <threading.Semaphore value=3> value=2/2> <threading.Event unset>
# expect: b'hi' b'hi' 2
# expect: b'abc' b'abc\x00\x00'
