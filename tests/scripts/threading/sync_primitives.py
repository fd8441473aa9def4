# Condition (wait with timeout, wait_for, notify_all), Semaphore, BoundedSemaphore, Event,
# Barrier and Timer.
import threading
import time

cond = threading.Condition()
with cond:
    print(cond.wait(0.01))  # expect: False
ready = []


def producer():
    time.sleep(0.01)
    with cond:
        ready.append(1)
        cond.notify_all()


threading.Thread(target=producer).start()
with cond:
    print(cond.wait_for(lambda: ready, timeout=5))  # expect: [1]
sem = threading.BoundedSemaphore(1)
print(sem.acquire(), sem.acquire(blocking=False))  # expect: True False
sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)  # expect: Semaphore released too many times
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))  # expect: False False
ev.set()
print(ev.wait(), ev.is_set())  # expect: True True
ev.clear()
print(ev.is_set())  # expect: False
arrived = []
barrier = threading.Barrier(3)


def meet(i):
    arrived.append(i)
    barrier.wait()


ts = [threading.Thread(target=meet, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
barrier.wait()
for t in ts:
    t.join()
print(sorted(arrived), barrier.broken)  # expect: [0, 1] False
fired = []
timer = threading.Timer(0.01, lambda: fired.append("fired"))
timer.start()
timer.join()
cancelled = threading.Timer(10, lambda: fired.append("never"))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)  # expect: ['fired']
