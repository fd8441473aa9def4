# Locks, semaphores, conditions and locked Values travel only to a child being started, as
# CPython's do. Put on a queue, CPython's feeder thread reports "X objects should only be
# shared between processes through inheritance" on stderr and drops the item (so the
# receiver waits for ever); MiniPy raises that RuntimeError from put() itself. A lock made
# in the fork context cannot go to a spawned child (CPython's message); one made in the
# spawn context can, and one made for fork goes to a forked child.
import multiprocessing as mp


def child(lock, q):
    q.put(("child got", type(lock).__name__))


if __name__ == "__main__":
    q = mp.Queue()
    for what in [mp.Lock(), mp.RLock(), mp.Semaphore(), mp.Event(), mp.Condition(), mp.Value("i", 1)]:
        try:
            q.put(what)
            print("sent", type(what).__name__)
        except RuntimeError as e:
            print(e)
    spawn = mp.get_context("spawn")
    try:
        p = spawn.Process(target=child, args=(mp.Lock(), spawn.Queue()))
        p.start()
        p.join()
    except RuntimeError as e:
        print(e)
    sq = spawn.Queue()
    slock = spawn.Lock()
    p = spawn.Process(target=child, args=(slock, sq))
    p.start()
    print(sq.get())
    p.join()
    flock = mp.Lock()
    p = mp.Process(target=child, args=(flock, q))
    p.start()
    print(q.get())
    p.join()

# expect: Lock objects should only be shared between processes through inheritance
# expect: RLock objects should only be shared between processes through inheritance
# expect: Semaphore objects should only be shared between processes through inheritance
# expect: Condition objects should only be shared between processes through inheritance
# expect: Condition objects should only be shared between processes through inheritance
# expect: Synchronized objects should only be shared between processes through inheritance
# expect: A SemLock created in a fork context is being shared with a process in a spawn context. This is not supported. Please use the same context to create multiprocessing objects and Process.
# expect: ('child got', 'Lock')
# expect: ('child got', 'Lock')
