# itertools.islice takes from its iterator only what it yields (the batched recipe works);
# its argument errors, and count's and repeat's reprs, types and length hints, are CPython's.
import itertools as it, sys
itr = iter("ABCDEFG"); print(tuple(it.islice(itr, 3)), next(itr))
itr = iter(range(10)); print(list(it.islice(itr, 0)), next(itr))
def batched(iterable, n):
    i = iter(iterable)
    while batch := tuple(it.islice(i, n)):
        yield batch
print(list(batched("ABCDEFG", 3)))
print(list(it.islice(range(20), 2, 15, 4)), list(it.islice("abcdef", None)), list(it.islice("abcdef", 2, None)))
itr = iter(range(10)); print(list(it.islice(itr, 1, 6, 2)), next(itr))
for args in [(-1,), (-5,), (1.5,), (1, 2, 0), (-1, 3), ("a", 3), (1, 2, -1), (2**70,)]:
    try:
        it.islice("abc", *args); print("ok", args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try: it.islice("abc")
except TypeError as e: print(e)
print(repr(it.count(3)), repr(it.count(3, 2)), repr(it.count(0.5)), repr(it.count(1, 1.0)), repr(it.repeat(1, 2)), repr(it.repeat("a")))
r = it.repeat(7, 3); next(r); print(repr(r), list(r), repr(r), r.__length_hint__())
c = it.count(10, -2); print([next(c) for _ in range(4)], c)
print(type(it.count()).__name__, type(it.islice("a", 1)).__name__, type(it.repeat(1)).__name__)
try: it.count("a")
except TypeError as e: print(e)
print(list(zip(it.count(), "xyz")), list(it.repeat(None, 0)), list(it.repeat(1, -3)))
import operator
print(operator.length_hint(it.repeat(1, 5)))

# expect: ('A', 'B', 'C') D
# expect: [] 0
# expect: [('A', 'B', 'C'), ('D', 'E', 'F'), ('G',)]
# expect: [2, 6, 10, 14] ['a', 'b', 'c', 'd', 'e', 'f'] ['c', 'd', 'e', 'f']
# expect: [1, 3, 5] 6
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError Step for islice() must be a positive integer or None.
# expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: islice expected at least 2 arguments, got 1
# expect: count(3) count(3, 2) count(0.5) count(1, 1.0) repeat(1, 2) repeat('a')
# expect: repeat(7, 2) [7, 7] repeat(7, 0) 0
# expect: [10, 8, 6, 4] count(2, -2)
# expect: count islice repeat
# expect: a number is required
# expect: [(0, 'x'), (1, 'y'), (2, 'z')] [] []
# expect: 5
