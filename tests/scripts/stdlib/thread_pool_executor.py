# concurrent.futures with threads: map, submit, as_completed, wait, callbacks, shutdown,
# thread names, errors; the output CPython 3.11 printed.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading, time

def square(x):
    return x * x

def slow(x):
    time.sleep(0.05 * x)
    return x

def boom(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    fs = [ex.submit(slow, i) for i in (3, 1, 2)]
    print(sorted(f.result() for f in as_completed(fs)))
    f = ex.submit(boom, 7)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("raised", e)
    done, not_done = wait([ex.submit(slow, 4), ex.submit(slow, 0)], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    f2 = ex.submit(square, 5)
    f2.add_done_callback(lambda fut: print("callback", fut.result()))
    time.sleep(0.3)
    print(f2.done(), f2.cancelled(), f2.running())
names = set()
def who(_):
    time.sleep(0.01)
    names.add(threading.current_thread().name)
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="w") as ex:
    list(ex.map(who, range(6)))
print(sorted(names))
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
ex = ThreadPoolExecutor(1)
futs = [ex.submit(slow, 1) for _ in range(5)]
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in futs])
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
print(concurrent.futures.TimeoutError is TimeoutError)
f = ThreadPoolExecutor(1).submit(slow, 4)
try:
    f.result(timeout=0.01)
except TimeoutError:
    print("timed out")
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: [1, 2, 3]
# expect: ValueError bad 7
# expect: raised bad 7
# expect: 1 1
# expect: callback 25
# expect: True False False
# expect: ['w_0', 'w_1']
# expect: cannot schedule new futures after shutdown
# expect: [False, True, True, True, True]
# expect: max_workers must be greater than 0
# expect: True
# expect: timed out
