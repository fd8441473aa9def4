# The combinatoric iterators (native, as in CPython): their order, their edge cases (r = 0,
# r > n, empty pools, repeat), their types and errors, and that they consume their input
# once, at construction.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2, 3], 0)), list(permutations([], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(len(list(permutations(range(7)))), list(permutations(range(6)))[-1], list(permutations(range(5), 3))[37])
print(list(permutations("ab", r=None)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(len(list(combinations(range(20), 5))))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("x", 3)))
print(len(list(combinations_with_replacement(range(6), 4))))
print(list(product("ab", range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product(repeat=0)), list(product("ab", [])), list(product("ab", repeat=0)))
print(list(product("ab", "xy", repeat=2))[:5], len(list(product(range(3), range(4), repeat=2))))
print(sum(1 for p in permutations(range(8)) if p[0] < p[-1]))

def gen():
    print("consumed")
    yield 1
    yield 2

it = permutations(gen())
print("made")
print(next(it), next(it), list(it))
it = iter(combinations([1, 2, 3], 2))
print(it is iter(it), next(it), list(it), list(it))
print(type(permutations("a")).__name__, type(product()).__name__, type(combinations("a", 1)), type(combinations_with_replacement("", 0)).__module__)

for call in [lambda: permutations("abc", -1), lambda: combinations("abc", -1),
             lambda: combinations_with_replacement("abc", -2), lambda: product("ab", repeat=-1),
             lambda: permutations("abc", 1.5), lambda: combinations("abc", 1.5), lambda: combinations("abc"),
             lambda: permutations(5), lambda: product([1], 3), lambda: product("a", foo=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Item:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Item({self.n})"

items = [Item(i) for i in range(3)]
print(list(combinations(items, 2))[0], [len(t) for t in permutations(items)])
try:
    product(range(3), repeat=2**62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)

# expect: [('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
# expect: [(0, 1), (0, 2), (0, 3), (1, 0), (1, 2), (1, 3), (2, 0), (2, 1), (2, 3), (3, 0), (3, 1), (3, 2)]
# expect: [()] [()] [] [()]
# expect: 5040 (5, 4, 3, 2, 1, 0) (3, 0, 2)
# expect: [('a', 'b'), ('b', 'a')]
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]
# expect: [(0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 2, 3), (0, 2, 4), (0, 3, 4), (1, 2, 3), (1, 2, 4), (1, 3, 4), (2, 3, 4)]
# expect: [()] [] [()]
# expect: 15504
# expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
# expect: [()] [] [('x', 'x', 'x')]
# expect: 126
# expect: [('a', 0), ('a', 1), ('a', 2), ('b', 0), ('b', 1), ('b', 2)]
# expect: [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
# expect: [()] [()] [] [()]
# expect: [('a', 'x', 'a', 'x'), ('a', 'x', 'a', 'y'), ('a', 'x', 'b', 'x'), ('a', 'x', 'b', 'y'), ('a', 'y', 'a', 'x')] 144
# expect: 20160
# expect: consumed
# expect: made
# expect: (1, 2) (2, 1) []
# expect: True (1, 2) [(1, 3), (2, 3)] []
# expect: permutations product <class 'itertools.combinations'> itertools
# expect: ValueError: r must be non-negative
# expect: ValueError: r must be non-negative
# expect: ValueError: r must be non-negative
# expect: ValueError: repeat argument cannot be negative
# expect: TypeError: Expected int as r
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: combinations() missing required argument 'r' (pos 2)
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'foo' is an invalid keyword argument for product()
# expect: (Item(0), Item(1)) [3, 3, 3, 3, 3, 3]
# expect: OverflowError
