import multiprocessing
import threading
import time


def worker(cond, state, barrier, r):
    with r:
        with r:
            state.append("worker in rlock")
    with cond:
        state.append("worker ready")
        cond.notify()
    i = barrier.wait()
    state.append("worker passed barrier")


def barrier_thread(barrier, out):
    out.append(barrier.wait() in (0, 1, 2))


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        r = m.RLock()
        with r:
            with r:
                print("nested rlock ok")
        print("acquire", r.acquire())
        print("acquire again", r.acquire())
        r.release()
        r.release()
        try:
            r.release()
        except Exception as e:
            print("extra release:", type(e).__name__)

        # another thread of the same process cannot take an RLock held here
        r.acquire()
        got = []
        t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.2)))
        t.start()
        t.join()
        print("other thread got it:", got)
        r.release()
        t = threading.Thread(target=lambda: (got.append(r.acquire(timeout=5)), r.release()))
        t.start()
        t.join()
        print("after release other thread got it:", got)

        lock = m.Lock()
        print("lock", lock.acquire(), lock.acquire(False))
        lock.release()
        print("lock again", lock.acquire(timeout=1))
        lock.release()

        cond = m.Condition()
        state = m.list()
        barrier = m.Barrier(2)
        print("parties", barrier.parties, "n_waiting", barrier.n_waiting, "broken", barrier.broken)
        with cond:
            print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.1))
        p = multiprocessing.Process(target=worker, args=(cond, state, barrier, r))
        p.start()
        with cond:
            ok = cond.wait_for(lambda: "worker ready" in list(state), timeout=30)
            print("wait_for:", ok)
        deadline = time.monotonic() + 30
        while barrier.n_waiting != 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        print("n_waiting", barrier.n_waiting)
        i = barrier.wait()
        print("index in range", i in (0, 1))
        p.join()
        print(list(state))
        print("exitcode", p.exitcode)

        # notify wakes a waiting thread of this process
        woke = []
        def waiter():
            with cond:
                woke.append(cond.wait(timeout=30))
        t = threading.Thread(target=waiter)
        t.start()
        time.sleep(0.3)
        with cond:
            cond.notify()
        t.join()
        print("notified:", woke)

        b3 = m.Barrier(3)
        out = []
        ts = [threading.Thread(target=barrier_thread, args=(b3, out)) for _ in range(2)]
        for t in ts:
            t.start()
        out.append(b3.wait() in (0, 1, 2))
        for t in ts:
            t.join()
        print("barrier of 3:", out, b3.n_waiting)
# expect: nested rlock ok
# expect: acquire True
# expect: acquire again True
# expect: extra release: RuntimeError
# expect: other thread got it: [False]
# expect: after release other thread got it: [False, True]
# expect: lock True False
# expect: lock again True
# expect: parties 2 n_waiting 0 broken False
# expect: wait_for timeout: False
# expect: wait_for: True
# expect: n_waiting 1
# expect: index in range True
# expect: ['worker in rlock', 'worker ready', 'worker passed barrier']
# expect: exitcode 0
# expect: notified: [True]
# expect: barrier of 3: [True, True, True] 0
