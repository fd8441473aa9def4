# A lock (or a queue, or a shared value) that reaches a forked child by two paths is one
# object there, as after a real fork: a Value built on an RLock and that RLock, a lock held
# by an object and passed directly, a threading lock in two containers.
import multiprocessing as mp
import threading


def add(v, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1          # takes the same lock again: an RLock allows it


class Holder:
    pass


def same(lk, holder, q, pair, tlock):
    print("lock is holder.lk:", lk is holder.lk)
    print("queue is holder.q:", q is holder.q)
    print("thread lock shared:", pair[0] is pair[1] is tlock)
    with lk:
        with holder.lk:
            print("re-entered through the other name")


if __name__ == "__main__":
    mp.set_start_method("fork")
    lock = mp.RLock()
    v = mp.Value("i", 0, lock=lock)
    print("get_lock is lock:", v.get_lock() is lock)
    ps = [mp.Process(target=add, args=(v, lock, 50)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("total:", v.value, [p.exitcode for p in ps])
    h = Holder()
    h.lk = lock
    h.q = mp.Queue()
    tl = threading.Lock()
    p = mp.Process(target=same, args=(lock, h, h.q, [tl, tl], tl))
    p.start()
    p.join()
    print("exit code:", p.exitcode)

# expect: get_lock is lock: True
# expect: total: 100 [0, 0]
# expect: lock is holder.lk: True
# expect: queue is holder.q: True
# expect: thread lock shared: True
# expect: re-entered through the other name
# expect: exit code: 0
