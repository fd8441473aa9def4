# deque edges: rotations both ways (a long round-robin stays fast), a subclass extended by
# itself, a huge maxlen, repetition with maxlen; a subclass's classmethod and a dict subclass
# with __getstate__ sent to a child.
from collections import deque
import multiprocessing as mp
d = deque(range(10))
for k in (1, 3, -2, 7, -9, 25, 0):
    d.rotate(k); print(k, list(d))
e = deque(range(1000)); 
for _ in range(5000): e.rotate(-1)
print(e[0], e[-1], len(e))
class D(deque): pass
x = D([1, 2]); x.extend(x); print(x)
big = deque(maxlen=2**40); big.append(1); print(big.maxlen, big)
try: deque([1]) * 2**64
except (OverflowError, MemoryError) as ex: print(type(ex).__name__)
m = deque([1, 2, 3], maxlen=4); m *= 3; print(m); r = deque([1, 2]) * 3; print(r)
class E(Exception): pass
class Dd(dict):
    def __getstate__(self): return {"x": 1}
def child(q, out):
    out.put(q.get()); out.put(q.get())
if __name__ == "__main__":
    q, out = mp.Queue(), mp.Queue()
    p = mp.Process(target=child, args=(q, out)); p.start()
    q.put(Dd.fromkeys("ab")); print(out.get())
    q.put(Dd(a=1)); print(out.get())
    p.join()

# expect: 1 [9, 0, 1, 2, 3, 4, 5, 6, 7, 8]
# expect: 3 [6, 7, 8, 9, 0, 1, 2, 3, 4, 5]
# expect: -2 [8, 9, 0, 1, 2, 3, 4, 5, 6, 7]
# expect: 7 [1, 2, 3, 4, 5, 6, 7, 8, 9, 0]
# expect: -9 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: 25 [5, 6, 7, 8, 9, 0, 1, 2, 3, 4]
# expect: 0 [5, 6, 7, 8, 9, 0, 1, 2, 3, 4]
# expect: 0 999 1000
# expect: D([1, 2, 1, 2])
# expect: 1099511627776 deque([1], maxlen=1099511627776)
# expect: OverflowError
# expect: deque([3, 1, 2, 3], maxlen=4)
# expect: deque([1, 2, 1, 2, 1, 2])
# expect: {'a': None, 'b': None}
# expect: {'a': 1}
