# heapq's push, pop, heapify, replace and pushpop (native, as CPython's _heapq): the same
# heap layout after every operation, only `<` used, errors and a list changed by __lt__.
import heapq
import random

random.seed(5)
data = [random.randrange(100) for _ in range(40)]
heap = []
for x in data:
    heapq.heappush(heap, x)
print(heap)
print([heapq.heappop(heap) for _ in range(10)])
print(heap)
h2 = data[:]
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2[:8])
print(heapq.heappushpop([], 3), sorted(h2) == [heapq.heappop(h2) for _ in range(len(h2))])
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), list(heapq.merge([1, 4, 7], [2, 5], [3, 6])))

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])

class OnlyLess:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        OnlyLess.calls += 1
        return self.v < other.v
    def __repr__(self): return f"O{self.v}"

objs = [OnlyLess(v) for v in [5, 3, 8, 1, 9, 2]]
heapq.heapify(objs)
print(objs, OnlyLess.calls)
print(heapq.heappop(objs), objs, OnlyLess.calls)

for call in [lambda: heapq.heappush((), 1), lambda: heapq.heappop({}), lambda: heapq.heapify("ab"),
             lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1]),
             lambda: heapq.heappush([1, "a"], 2), lambda: heapq.heapify([1, "x", 2])]:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

class Shrinks:
    def __init__(self, target): self.target = target
    def __lt__(self, other):
        self.target.clear()
        return True

victim = [1, 2, 3]
try:
    heapq.heappush(victim, Shrinks(victim))
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(victim))

class Heap(list):
    pass

h = Heap([5, 3, 8, 1])
heapq.heapify(h)
heapq.heappush(h, 0)
print(h, type(h).__name__, heapq.heappop(h))
bad = [(1, {}), (1, {})]
try:
    heapq.heappop(bad + [(1, {})])
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapreplace([(0, {}), (0, {}), (0, {})], (0, {}))
except TypeError as e:
    print("TypeError:", e)

# expect: [1, 9, 3, 13, 14, 6, 20, 20, 17, 16, 48, 31, 27, 35, 23, 45, 31, 32, 56, 59, 69, 99, 73, 94, 83, 93, 83, 94, 52, 31, 98, 79, 49, 97, 47, 67, 79, 79, 60, 88]
# expect: [1, 3, 6, 9, 13, 14, 16, 17, 20, 20]
# expect: [23, 31, 27, 32, 48, 31, 31, 45, 56, 59, 73, 83, 83, 35, 60, 49, 47, 67, 79, 79, 69, 99, 79, 94, 98, 93, 88, 94, 52, 97]
# expect: [1, 3, 6, 9, 13, 27, 20, 14, 17, 16, 73, 31, 83, 35, 23, 20, 47, 45, 31, 48, 69, 99, 88, 31, 94, 93, 94, 52, 83, 79, 98, 49, 32, 97, 67, 60, 79, 79, 56, 59]
# expect: 1 1 3 [6, 9, 20, 14, 13, 27, 23, 20]
# expect: 3 True
# expect: [1, 3, 6] [99, 98, 97] [1, 2, 3, 4, 5, 6, 7]
# expect: [(1, 'coffee'), (1, 'plan'), (2, 'code'), (3, 'write'), (5, 'ship')]
# expect: [O1, O3, O2, O5, O9, O8] 6
# expect: O1 [O2, O3, O8, O5, O9] 8
# expect: TypeError: heappush() argument 1 must be list, not tuple
# expect: TypeError: heappop() argument must be list, not dict
# expect: TypeError: heapify() argument must be list, not str
# expect: IndexError: index out of range
# expect: IndexError: index out of range
# expect: TypeError: heappush expected 2 arguments, got 1
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: RuntimeError: list changed size during iteration
# expect: 0
# expect: [1, 3, 8, 5] Heap 0
