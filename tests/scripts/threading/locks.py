# Lock and RLock: blocking and non-blocking acquire, timeouts, the with-statement, errors.
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked())  # expect: True True
print(lock.acquire(False), lock.acquire(timeout=0.01))  # expect: False False
lock.release()
print(lock.locked())  # expect: False
try:
    lock.release()
except RuntimeError as e:
    print(e)  # expect: release unlocked lock
with lock:
    print("inside", lock.locked())  # expect: inside True
r = threading.RLock()
with r:
    with r:
        print("re-entered")  # expect: re-entered
try:
    r.release()
except RuntimeError as e:
    print(e)  # expect: cannot release un-acquired lock
counter = [0]


def add(n):
    for _ in range(n):
        with lock:
            counter[0] += 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter[0])  # expect: 8000
