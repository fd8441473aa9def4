# Value and Array in shared memory with their locks, for the common type codes, and Lock,
# RLock, Semaphore and Event across processes.
from multiprocessing import Process, Value, Array, Lock, RLock, Semaphore, BoundedSemaphore, Event, Queue
import time


def bump(values, arr, lock, n):
    for _ in range(n):
        with lock:
            for v in values:
                v.value += 1
        with arr.get_lock():
            arr[0] = arr[0] + 1


def negate(arr):
    for i in range(len(arr)):
        arr[i] = -arr[i]


def waiter(ev, q):
    q.put(("waited", ev.wait(30)))


def limited(sem, active, peak, n):
    for _ in range(n):
        with sem:
            with active.get_lock():
                active.value += 1
                if active.value > peak.value:
                    peak.value = active.value
            time.sleep(0.005)
            with active.get_lock():
                active.value -= 1


def reenter(rlock, q):
    with rlock:
        with rlock:
            q.put("re-entered in the child")


if __name__ == "__main__":
    codes = "bBhHiIlLfd"
    values = [Value(c, 1) for c in codes]
    arr = Array("i", 3)
    lock = Lock()
    procs = [Process(target=bump, args=(values, arr, lock, 50)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print([v.value for v in values])  # expect: [-105, 151, 151, 151, 151, 151, 151, 151, 151.0, 151.0]
    print(arr[:], len(arr), list(arr))  # expect: [150, 0, 0] 3 [150, 0, 0]

    c = Value("c", b"x")
    print(c.value)  # expect: b'x'
    small = Value("b", 127)
    small.value += 1
    print(small.value, Value("B", 255).value, Value("h", -2).value)  # expect: -128 255 -2
    f = Array("d", [0.5, -1.25, 3.0])
    p = Process(target=negate, args=(f,))
    p.start()
    p.join()
    print(f[:], f[1], f[-1], f[::2])  # expect: [-0.5, 1.25, -3.0] 1.25 -3.0 [-0.5, -3.0]
    f[0:2] = [7, 8]
    print(f[:])  # expect: [7.0, 8.0, -3.0]
    raw = Value("i", 5, lock=False)
    print(raw.value, hasattr(raw, "get_lock"))  # expect: 5 False
    try:
        f[3]
    except IndexError as e:
        print("IndexError:", e)  # expect: IndexError: invalid index

    ev, q = Event(), Queue()
    p = Process(target=waiter, args=(ev, q))
    p.start()
    time.sleep(0.1)
    print(ev.is_set())  # expect: False
    ev.set()
    print(q.get(timeout=30), ev.is_set(), ev.wait(0))  # expect: ('waited', True) True True
    p.join()
    ev.clear()
    print(ev.wait(0.01))  # expect: False

    sem, active, peak = Semaphore(2), Value("i", 0), Value("i", 0)
    procs = [Process(target=limited, args=(sem, active, peak, 10)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("peak", peak.value <= 2, "active", active.value)  # expect: peak True active 0

    rl = RLock()
    p = Process(target=reenter, args=(rl, q))
    p.start()
    print(q.get(timeout=30))  # expect: re-entered in the child
    p.join()
    print(lock.acquire(False), lock.acquire(False))  # expect: True False
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print(e)  # expect: semaphore or lock released too many times
    bs = BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("bounded:", e)  # expect: bounded: semaphore or lock released too many times
    print(sem.get_value())  # expect: 2
