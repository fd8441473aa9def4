# itertools.chain is a class (type name 'chain', isinstance, chain[int]) with
# from_iterable taking its iterables lazily; CPython's output.
import itertools
from itertools import chain
c = chain([1, 2], (3,), "ab")
print(type(c).__name__, list(c), list(c))
print(list(chain.from_iterable([[1], [], [2, 3]])), list(chain()), type(chain.from_iterable([])).__name__)
g = chain.from_iterable(iter([1, 2]) for _ in range(2)); print(next(g), next(g), next(g), next(g))
try: next(g)
except StopIteration: print("done")
print(isinstance(c, chain), chain[int], sum(chain(range(3), range(4))))
try: list(chain(1))
except TypeError as e: print(e)

# expect: chain [1, 2, 3, 'a', 'b'] []
# expect: [1, 2, 3] [] chain
# expect: 1 2 1 2
# expect: done
# expect: True itertools.chain[int] 9
# expect: 'int' object is not iterable
