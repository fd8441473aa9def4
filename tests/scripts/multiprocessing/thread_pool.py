# multiprocessing.pool.ThreadPool and multiprocessing.dummy: Pool's interface over threads,
# with CPython's worker names, callbacks, errors and terminate.
import threading, time
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DummyPool, Process, current_process, Queue, Lock
def square(x):
    return x * x
def who(x):
    return threading.current_thread().name
def boom(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x
with ThreadPool(3) as pool:
    print(pool.map(square, range(10)))
    print(sorted(pool.map(who, range(6)))[:1][0].endswith("(worker)"))
    print(list(pool.imap(square, range(5))), sorted(pool.imap_unordered(square, range(5))))
    print(pool.starmap(pow, [(2, 3), (3, 2)]), pool.apply(square, (7,)))
    r = pool.apply_async(square, (8,), callback=lambda v: print("callback", v, threading.current_thread().name))
    print(r.get(timeout=5))
    try:
        pool.map(boom, range(5))
    except ValueError as e:
        print("error:", e, e.__traceback__ is not None)
    out = []
    pool.apply_async(square, (9,), callback=out.append)
    deadline = time.monotonic() + 30
    while not out and time.monotonic() < deadline:
        time.sleep(0.01)
    print("collected", out)
p = DummyPool(2)
print(p.map(len, ["a", "bb", "ccc"]))
p.close(); p.join()
q = Queue()
def worker(n): q.put(n * 10)
ps = [Process(target=worker, args=(i,)) for i in range(3)]
for x in ps: x.start()
for x in ps: x.join()
print(sorted(q.get() for _ in range(3)), [x.exitcode for x in ps], current_process().name)
names = []
def named(x): names.append(threading.current_thread().name)
tp = ThreadPool(2, initializer=lambda: None)
tp.map(named, range(4)); tp.terminate(); tp.join()
print(len(names), all(n.endswith(" (worker)") and n.split()[0] in ("Thread-15", "Thread-16") for n in names))
t = threading.Thread(target=lambda: None); print(t.name)

# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: True
# expect: [0, 1, 4, 9, 16] [0, 1, 4, 9, 16]
# expect: [8, 9] 49
# expect: callback 64 Thread-6 (_handle_results)
# expect: 64
# expect: error: bad 3 True
# expect: collected [81]
# expect: [1, 2, 3]
# expect: [0, 10, 20] [0, 0, 0] MainThread
# expect: 4 True
# expect: Thread-20 (<lambda>)
