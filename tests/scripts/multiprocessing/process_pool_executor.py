# concurrent.futures with processes: map (also in chunks), submit, as_completed, and
# BrokenProcessPool when a worker dies; the output CPython 3.11 printed.
from concurrent.futures import ProcessPoolExecutor, as_completed
import os, time

def square(x):
    return x * x

def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

def die(_):
    os._exit(3)

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(8))))
        print(list(ex.map(square, range(10), chunksize=3)))
        fs = [ex.submit(work, 10000 * i) for i in range(4)]
        print(sorted(f.result() for f in as_completed(fs)))
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(die, 1)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, e)
# expect: [0, 1, 4, 9, 16, 25, 36, 49]
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: [0, 333283335000, 2666466670000, 8999550005000]
# expect: BrokenProcessPool A process in the process pool was terminated abruptly while the future was running or pending.
