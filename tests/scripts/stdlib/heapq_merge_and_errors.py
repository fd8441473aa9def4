# heapq.merge (lazy, stable, key and reverse) and the heap functions' errors, as CPython's.
import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge(["b", "D"], ["A", "c"], key=str.lower)))
print(list(heapq.merge([(1, "x"), (2, "a")], [(1, "y")], key=lambda p: p[0])))
print(list(heapq.merge([], [], [1])), list(heapq.merge()))
m = heapq.merge(iter([1, 3]), iter([2])); print(next(m), type(m).__name__)
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)), (heapq.heapify, ("ab",))]:
    try: f(*args)
    except (IndexError, TypeError) as e: print(type(e).__name__, e)
h = []
for x in [5, 1, 4, 2, 3]: heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(5)], heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))

# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [9, 8, 5, 4, 1]
# expect: ['A', 'b', 'c', 'D']
# expect: [(1, 'x'), (1, 'y'), (2, 'a')]
# expect: [1] []
# expect: 1 generator
# expect: IndexError index out of range
# expect: IndexError index out of range
# expect: TypeError heappush() argument 1 must be list, not tuple
# expect: TypeError heapify() argument must be list, not str
# expect: [1, 2, 3, 4, 5] [1, 4] [5, 4]
