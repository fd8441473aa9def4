# A child that dies holding a shared lock (exits, raises, or is terminated) leaves it held, as
# under CPython; the parent's acquire(timeout=...) gives up on time instead of hanging. Then
# a Barrier and a Condition whose parties are in different processes.
import multiprocessing as mp
import os
import time


def hold_and_exit(lock, ready, how):
    lock.acquire()
    ready.set()
    if how == "exit":
        os._exit(3)
    if how == "raise":
        raise SystemExit(4)
    time.sleep(60)


def meet(barrier, q):
    q.put(barrier.wait(10) >= 0)


def wait_for_flag(cond, flag, q):
    with cond:
        q.put(cond.wait_for(lambda: flag.value == 1, 10))


def main():
    makers = [("Lock", mp.Lock), ("RLock", mp.RLock), ("Semaphore", mp.Semaphore),
              ("BoundedSemaphore", mp.BoundedSemaphore)]
    for how in ("exit", "raise", "terminate"):
        for name, make in makers:
            lock = make()
            ready = mp.Event()
            p = mp.Process(target=hold_and_exit, args=(lock, ready, how))
            p.start()
            print(name, how, "child holds it:", ready.wait(30))
            if how == "terminate":
                p.terminate()
            p.join()
            t0 = time.monotonic()
            got = lock.acquire(timeout=0.2)
            waited = time.monotonic() - t0
            print(name, how, "exit code", p.exitcode, "acquired:", got, "waited about 0.2 s:", 0.15 < waited < 5)
            print(name, "still held by the dead child:", lock)
    q = mp.Queue()
    barrier = mp.Barrier(3)
    procs = [mp.Process(target=meet, args=(barrier, q)) for _ in range(2)]
    for p in procs:
        p.start()
    print("parent passed the barrier:", barrier.wait(10) >= 0)
    print("children passed it:", sorted([q.get(), q.get()]))
    for p in procs:
        p.join()
    cond = mp.Condition()
    flag = mp.Value("i", 0)
    procs = [mp.Process(target=wait_for_flag, args=(cond, flag, q)) for _ in range(2)]
    for p in procs:
        p.start()
    time.sleep(0.2)
    with cond:
        flag.value = 1
        cond.notify_all()
    print("waiters saw the flag:", [q.get(), q.get()])
    for p in procs:
        p.join()
    print(cond)


if __name__ == "__main__":
    main()
# expect: Lock exit child holds it: True
# expect: Lock exit exit code 3 acquired: False waited about 0.2 s: True
# expect: Lock still held by the dead child: <Lock(owner=SomeOtherProcess)>
# expect: RLock exit child holds it: True
# expect: RLock exit exit code 3 acquired: False waited about 0.2 s: True
# expect: RLock still held by the dead child: <RLock(SomeOtherProcess, nonzero)>
# expect: Semaphore exit child holds it: True
# expect: Semaphore exit exit code 3 acquired: False waited about 0.2 s: True
# expect: Semaphore still held by the dead child: <Semaphore(value=0)>
# expect: BoundedSemaphore exit child holds it: True
# expect: BoundedSemaphore exit exit code 3 acquired: False waited about 0.2 s: True
# expect: BoundedSemaphore still held by the dead child: <BoundedSemaphore(value=0, maxvalue=1)>
# expect: Lock raise child holds it: True
# expect: Lock raise exit code 4 acquired: False waited about 0.2 s: True
# expect: Lock still held by the dead child: <Lock(owner=SomeOtherProcess)>
# expect: RLock raise child holds it: True
# expect: RLock raise exit code 4 acquired: False waited about 0.2 s: True
# expect: RLock still held by the dead child: <RLock(SomeOtherProcess, nonzero)>
# expect: Semaphore raise child holds it: True
# expect: Semaphore raise exit code 4 acquired: False waited about 0.2 s: True
# expect: Semaphore still held by the dead child: <Semaphore(value=0)>
# expect: BoundedSemaphore raise child holds it: True
# expect: BoundedSemaphore raise exit code 4 acquired: False waited about 0.2 s: True
# expect: BoundedSemaphore still held by the dead child: <BoundedSemaphore(value=0, maxvalue=1)>
# expect: Lock terminate child holds it: True
# expect: Lock terminate exit code -15 acquired: False waited about 0.2 s: True
# expect: Lock still held by the dead child: <Lock(owner=SomeOtherProcess)>
# expect: RLock terminate child holds it: True
# expect: RLock terminate exit code -15 acquired: False waited about 0.2 s: True
# expect: RLock still held by the dead child: <RLock(SomeOtherProcess, nonzero)>
# expect: Semaphore terminate child holds it: True
# expect: Semaphore terminate exit code -15 acquired: False waited about 0.2 s: True
# expect: Semaphore still held by the dead child: <Semaphore(value=0)>
# expect: BoundedSemaphore terminate child holds it: True
# expect: BoundedSemaphore terminate exit code -15 acquired: False waited about 0.2 s: True
# expect: BoundedSemaphore still held by the dead child: <BoundedSemaphore(value=0, maxvalue=1)>
# expect: parent passed the barrier: True
# expect: children passed it: [True, True]
# expect: waiters saw the flag: [True, True]
# expect: <Condition(<RLock(None, 0)>, 0)>
