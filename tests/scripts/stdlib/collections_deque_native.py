# collections.deque as CPython's: both ends, maxlen, rotate, indexing, insert/remove, copies,
# pickling, classes derived from it, iterators that notice changes, errors; threads share one
# as a queue (each popleft atomic under the GIL); a long queue drained from the left.
from collections import deque
import copy, threading, pickle
d = deque()
for i in range(10): d.append(i)
for i in range(5): d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.rotate(3); print(d); d.rotate(-5); print(d); d.rotate(0); d.rotate(len(d) * 7 + 1); print(d)
d.extend("ab"); d.extendleft("xy"); print(d)
print(d.count(1), d.index(1), d.index("a", 2), 3 in d, "zz" in d)
d.insert(2, "ins"); d.insert(-1, "neg"); d.insert(100, "end"); print(d)
d.remove("ins"); del d[0]; d[0] = "first"; print(d)
d.reverse(); print(d); print(list(reversed(d)))
d.clear(); print(d, len(d))
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.append(10); print(m); m.appendleft(-1); print(m)
m.extend(range(20, 25)); print(m); m.extendleft([1, 2]); print(m)
z = deque([1, 2], maxlen=0); z.append(3); print(z)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([1, 2]) != deque([2, 1]))
a = deque([1, 2], maxlen=4); b = a + deque([3, 4, 5]); print(b, a * 3, 2 * deque("ab"))
a += [9, 8]; print(a); a *= 2; print(a); c = deque([1, 2]); c *= 0; print(c)
e = deque("abc"); print(e.copy(), copy.copy(e), copy.deepcopy(deque([[1], [2]], 5)))
class Stack(deque):
    def push(self, x): self.append(x)
    def __repr__(self): return "Stack(%s)" % list(self)
s = Stack([1, 2]); s.push(3); print(s, isinstance(s, deque), len(s), s.pop(), type(s).__name__)
class Bounded(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=2)
print(Bounded([1, 2, 3]), Bounded([1, 2, 3]).maxlen)
it = iter(deque([1, 2, 3])); print(next(it), it.__length_hint__())
q = deque([1, 2, 3]); it = iter(q); next(it); q.append(4)
try: next(it)
except RuntimeError as ex: print("RuntimeError", ex)
for bad in [lambda: deque([1]).remove(5), lambda: deque([1]).index(5), lambda: deque().pop(), lambda: deque().popleft(),
            lambda: deque([], 'a'), lambda: deque([], -1), lambda: deque(1), lambda: deque([1], 2, 3), lambda: deque([1])[5],
            lambda: deque([1])['a'], lambda: deque([1], 1).insert(0, 2), lambda: deque() + [1], lambda: hash(deque()), lambda: deque([1])[0:1]]:
    try: bad()
    except Exception as ex: print(type(ex).__name__, ex)
print(deque, type(iter(deque())), type(reversed(deque())), deque.__module__, repr(deque([1, [2]], 3)), deque[int])
r = deque([1]); r.append(r); print(r)
print(deque(maxlen=2, iterable=[1, 2, 3]), deque(range(3)) == deque(range(3), maxlen=5))
print(pickle.loads(pickle.dumps(deque([1, 2], 5))), pickle.loads(pickle.dumps(deque("ab"))))
shared = deque(range(100000))
taken = []
def worker():
    got = 0
    while True:
        try:
            shared.popleft()
        except IndexError:
            break
        got += 1
    taken.append(got)
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(taken), len(shared))
big = deque()
for i in range(200000): big.append(i)
total = 0
while big: total += big.popleft()
print(total)

# expect: deque([-4, -3, -2, -1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) 15 -4 9 -1 True False
# expect: 9 -4 deque([-3, -2, -1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8])
# expect: deque([6, 7, 8, -3, -2, -1, 0, 0, 1, 2, 3, 4, 5])
# expect: deque([-1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, -3, -2])
# expect: deque([-2, -1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, -3])
# expect: deque(['y', 'x', -2, -1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, -3, 'a', 'b'])
# expect: 1 6 15 True False
# expect: deque(['y', 'x', 'ins', -2, -1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, -3, 'a', 'neg', 'b', 'end'])
# expect: deque(['first', -2, -1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, -3, 'a', 'neg', 'b', 'end'])
# expect: deque(['end', 'b', 'neg', 'a', -3, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0, -1, -2, 'first'])
# expect: ['first', -2, -1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, -3, 'a', 'neg', 'b', 'end']
# expect: deque([]) 0
# expect: deque([7, 8, 9], maxlen=3) 3
# expect: deque([8, 9, 10], maxlen=3)
# expect: deque([-1, 8, 9], maxlen=3)
# expect: deque([22, 23, 24], maxlen=3)
# expect: deque([2, 1, 22], maxlen=3)
# expect: deque([], maxlen=0)
# expect: True True False True
# expect: deque([2, 3, 4, 5], maxlen=4) deque([1, 2, 1, 2], maxlen=4) deque(['a', 'b', 'a', 'b'])
# expect: deque([1, 2, 9, 8], maxlen=4)
# expect: deque([1, 2, 9, 8], maxlen=4)
# expect: deque([])
# expect: deque(['a', 'b', 'c']) deque(['a', 'b', 'c']) deque([[1], [2]], maxlen=5)
# expect: Stack([1, 2]) True 3 3 Stack
# expect: Bounded([2, 3], maxlen=2) 2
# expect: 1 2
# expect: RuntimeError deque mutated during iteration
# expect: ValueError 5 is not in deque
# expect: ValueError 5 is not in deque
# expect: IndexError pop from an empty deque
# expect: IndexError pop from an empty deque
# expect: TypeError an integer is required
# expect: ValueError maxlen must be non-negative
# expect: TypeError 'int' object is not iterable
# expect: TypeError deque() takes at most 2 arguments (3 given)
# expect: IndexError deque index out of range
# expect: TypeError sequence index must be integer, not 'str'
# expect: IndexError deque already at its maximum size
# expect: TypeError can only concatenate deque (not "list") to deque
# expect: TypeError unhashable type: 'collections.deque'
# expect: TypeError sequence index must be integer, not 'slice'
# expect: <class 'collections.deque'> <class '_collections._deque_iterator'> <class '_collections._deque_reverse_iterator'> collections deque([1, [2]], maxlen=3) collections.deque[int]
# expect: deque([1, [...]])
# expect: deque([2, 3], maxlen=2) True
# expect: deque([1, 2], maxlen=5) deque(['a', 'b'])
# expect: 100000 0
# expect: 19999900000
