# A deque crosses to a child, by the fork copy (identity kept) and by a queue.
import multiprocessing as mp
from collections import deque
shared = deque([1, [2, 3]], maxlen=4)
alias = shared
def child(q):
    q.put((shared, shared is alias, shared.maxlen))
def echo(q, out):
    out.put(q.get())
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,)); p.start(); print(q.get()); p.join()
    q2, out = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(q2, out)); p.start()
    q2.put(deque("abc", maxlen=5)); print(out.get()); p.join()

# expect: (deque([1, [2, 3]], maxlen=4), True, 4)
# expect: deque(['a', 'b', 'c'], maxlen=5)
