# multiprocessing's Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event and Barrier:
# their errors and reprs from the owning thread, another thread, a forked child and a
# spawned one, as CPython 3.11 prints them (the owner is per process and per thread).
import multiprocessing as mp
import threading



def from_thread(lock, rlock, cond):
    print("thread", lock, rlock)
    with cond:
        print("thread", cond)




def child(lock, rlock, sem, q):
    q.put("child %s %s %s %s %s" % (lock, rlock, sem, lock.acquire(timeout=0.05), rlock.acquire(timeout=0.05)))




def main():
    try:
        mp.Semaphore(-1)
    except OSError as e:
        print(type(e).__name__, e)
    lock, rlock = mp.Lock(), mp.RLock()
    print(lock, rlock)
    lock.acquire()
    rlock.acquire()
    rlock.acquire()
    print(lock, rlock)
    for make in (mp.Lock, mp.BoundedSemaphore):
        try:
            make().release()
        except ValueError as e:
            print(make.__name__, e)
    try:
        mp.RLock().release()
    except AssertionError as e:
        print("RLock", e)
    print(mp.Semaphore(3), mp.BoundedSemaphore(2))
    cond = mp.Condition()
    print(cond)
    with cond:
        print(cond)
    event = mp.Event()
    print(event.is_set(), event.wait(0.01))
    event.set()
    print(event.is_set(), event.wait(0.01), repr(event).endswith(" set>"))
    print(lock.acquire(timeout=0.05), lock.acquire(False), lock.acquire(True, -1))
    sem = mp.Semaphore(0)
    sem.release()
    print(sem, sem.get_value(), sem._semlock._count())
    print(repr(mp.Barrier(2)).split(" at ")[0], mp.Barrier(3).parties)

    t = threading.Thread(target=from_thread, args=(lock, rlock, cond), name="Worker")
    t.start()
    t.join()
    q = mp.Queue()
    bsem = mp.BoundedSemaphore(2)
    p = mp.Process(target=child, args=(lock, rlock, bsem, q))
    p.start()
    print("fork", q.get())
    p.join()
    spawn = mp.get_context("spawn")
    slock, srlock = spawn.Lock(), spawn.RLock()
    slock.acquire()
    sq = spawn.Queue()
    ssem = spawn.Semaphore(1)
    p = spawn.Process(target=child, args=(slock, srlock, ssem, sq))
    p.start()
    print("spawn", sq.get())
    p.join()
    print(slock, srlock)
    lock.release()
    rlock.release()
    rlock.release()
    zsem = mp.Semaphore(0)
    p = mp.Process(target=child, args=(lock, rlock, zsem, q))
    p.start()
    print(q.get())
    p.join()
    print(lock, rlock)


if __name__ == "__main__":
    main()
# expect: OSError [Errno 22] Invalid argument
# expect: <Lock(owner=None)> <RLock(None, 0)>
# expect: <Lock(owner=MainProcess)> <RLock(MainProcess, 2)>
# expect: Lock semaphore or lock released too many times
# expect: BoundedSemaphore semaphore or lock released too many times
# expect: RLock attempt to release recursive lock not owned by thread
# expect: <Semaphore(value=3)> <BoundedSemaphore(value=2, maxvalue=2)>
# expect: <Condition(<RLock(None, 0)>, 0)>
# expect: <Condition(<RLock(MainProcess, 1)>, 0)>
# expect: False False
# expect: True True True
# expect: False False False
# expect: <Semaphore(value=1)> 1 -1
# expect: <multiprocessing.synchronize.Barrier 3
# expect: thread <Lock(owner=SomeOtherThread)> <RLock(SomeOtherThread, nonzero)>
# expect: thread <Condition(<RLock(MainProcess|Worker, 1)>, 0)>
# expect: fork child <Lock(owner=SomeOtherProcess)> <RLock(SomeOtherProcess, nonzero)> <BoundedSemaphore(value=2, maxvalue=2)> False False
# expect: spawn child <Lock(owner=SomeOtherProcess)> <RLock(None, 0)> <Semaphore(value=1)> False True
# expect: <Lock(owner=MainProcess)> <RLock(SomeOtherProcess, nonzero)>
# expect: child <Lock(owner=None)> <RLock(None, 0)> <Semaphore(value=0)> True True
# expect: <Lock(owner=SomeOtherProcess)> <RLock(SomeOtherProcess, nonzero)>
