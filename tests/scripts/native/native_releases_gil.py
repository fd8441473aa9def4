# native: with release_gil=True another thread runs Python code while the native call
# computes; with release_gil=False it cannot run at all until the call returns.
import native
import threading
import time

ticks = []
stop = False


def worker():
    n = 0
    while not stop:
        n += 1
        if n % 200 == 0:
            ticks.append(time.perf_counter())


def ticks_during_busy(release):
    start = time.perf_counter()
    native.busy(0.25, release_gil=release)
    end = time.perf_counter()
    # Away from the edges: the worker may run a moment while the lock changes hands.
    return sum(1 for t in ticks if start + 0.05 < t < end - 0.05)


t = threading.Thread(target=worker)
t.start()
time.sleep(0.02)
released = ticks_during_busy(True)
held = ticks_during_busy(False)
stop = True
t.join()
print("released: the worker ran", released > 10)  # expect: released: the worker ran True
print("held: the worker ran", held > 0)  # expect: held: the worker ran False
