# pickle and copy refuse native objects whose state is not Python values (locks, and what holds
# them) with CPython's message; type.__flags__ tells a class statement's class from a built-in.
import pickle, copy, threading, queue
for make in [threading.Lock, threading.RLock, threading.Condition, threading.Event, threading.Semaphore, queue.Queue]:
    try:
        pickle.dumps(make())
        print(make.__name__, "pickled")
    except Exception as e:
        print(make.__name__, type(e).__name__, e)
for f in (copy.copy, copy.deepcopy):
    try: f(threading.Lock()); print("copied")
    except TypeError as e: print(f.__name__, "TypeError:", e)
class K: pass
print(K.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9), bool(int.__flags__ & (1 << 24)), bool(K.__flags__ & (1 << 10)))
print(pickle.loads(pickle.dumps(range(3))), pickle.loads(pickle.dumps([1, {2: (3,)}])))

# expect: allocate_lock TypeError cannot pickle '_thread.lock' object
# expect: RLock TypeError cannot pickle '_thread.RLock' object
# expect: Condition TypeError cannot pickle '_thread.RLock' object
# expect: Event TypeError cannot pickle '_thread.lock' object
# expect: Semaphore TypeError cannot pickle '_thread.lock' object
# expect: Queue TypeError cannot pickle '_thread.lock' object
# expect: copy TypeError: cannot pickle '_thread.lock' object
# expect: deepcopy TypeError: cannot pickle '_thread.lock' object
# expect: True 0 True True
# expect: range(0, 3) [1, {2: (3,)}]
