# functools: reduce, partial, wraps, lru_cache and cache, total_ordering, cmp_to_key,
# cached_property; the output CPython 3.11 printed.
import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
p = partial(int, base=2); print(p("101"), partial(pow, 2)(10))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def hello(x):
    """hello doc"""
    return x
print(hello.__name__, hello.__doc__, hello(3), hello.__wrapped__.__name__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info())
@lru_cache(maxsize=2)
def ident(x): return x
for v in [1, 2, 1, 3, 2]: ident(v)
print(ident.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), len(sorted([V(3), V(1), V(2)], key=lambda x: x)))
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))
class C:
    calls = 0
    @cached_property
    def val(self):
        C.calls += 1
        return 42
c = C(); print(c.val, c.val, C.calls)
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
# expect: 24 10
# expect: 5 1024
# expect: hello hello doc 3 hello
# expect: 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
# expect: 16 16 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
# expect: CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
# expect: True True False 3
# expect: [5, 4, 1]
# expect: 42 42 1
# expect: reduce() of empty iterable with no initial value
