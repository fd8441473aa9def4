# Pool: map, starmap, apply, apply_async with callbacks, map_async and get(timeout), imap,
# imap_unordered, exceptions from tasks, close/join, terminate, and the with-statement.
from multiprocessing import Pool, TimeoutError, cpu_count
import os
import time


def square(x):
    return x * x


def add(a, b=0):
    return a + b


def fail(x):
    if x == 3:
        raise KeyError("three")
    return x


def slow(x):
    time.sleep(x)
    return x


def pid(_):
    time.sleep(0.05)
    return os.getpid()


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, range(7)))  # expect: [0, 1, 4, 9, 16, 25, 36]
        print(pool.map(square, []), pool.map(square, [5], chunksize=3))  # expect: [] [25]
        print(pool.starmap(add, [(1, 2), (3, 4)]))  # expect: [3, 7]
        print(pool.apply(add, (1,), {"b": 41}))  # expect: 42
        got = []
        r = pool.apply_async(square, (9,), callback=got.append)
        print(r.get(timeout=30), got, r.ready(), r.successful())  # expect: 81 [81] True True
        m = pool.map_async(square, [1, 2, 3])
        print(m.get(30))  # expect: [1, 4, 9]
        print(list(pool.imap(square, range(5))))  # expect: [0, 1, 4, 9, 16]
        print(sorted(pool.imap_unordered(square, range(5))))  # expect: [0, 1, 4, 9, 16]
        try:
            pool.map(fail, range(5))
        except KeyError as e:
            print("task raised KeyError:", e)  # expect: task raised KeyError: 'three'
        errors = []
        r = pool.apply_async(fail, (3,), error_callback=errors.append)
        r.wait(30)
        print(r.successful(), type(errors[0]).__name__)  # expect: False KeyError
        s = pool.apply_async(slow, (2,))
        try:
            s.get(timeout=0.1)
        except TimeoutError:
            print("get(timeout) raised TimeoutError")  # expect: get(timeout) raised TimeoutError
        print(len(set(pool.map(pid, range(8)))) <= 2)  # expect: True
    try:
        pool.map(square, [1])
    except ValueError as e:
        print(e)  # expect: Pool not running

    pool = Pool()
    print(len(pool._pool) == cpu_count())  # expect: True
    results = [pool.apply_async(add, (i, i)) for i in range(10)]
    try:
        pool.join()
    except ValueError as e:
        print(e)  # expect: Pool is still running
    pool.close()
    pool.join()
    print([r.get() for r in results])  # expect: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]
