# Gaps real programs met: namedtuple keyword and rename checks, zip(strict=True) with a
# longer later argument, a class's own __doc__ None, __closure__ and cells, object's default
# orderings (NotImplemented), range.index/count, slice.indices, reversed(range) as a
# range_iterator, inspect.getgeneratorstate; CPython's output.
from collections import namedtuple
try:
    namedtuple("Bad", "a def"); print("no error")
except ValueError as e: print("ValueError:", e)
print(namedtuple("R", ["a", "def", "a", "_b"], rename=True)._fields)
for args in [("ab", "abc"), ("abc", "ab"), ("ab", "ab", "abcd"), ("", "x")]:
    try: print(list(zip(*args, strict=True)))
    except ValueError as e: print("ValueError:", e)
class A:
    """Doc A."""
class B(A): pass
print(B().__doc__, "__doc__" in B.__dict__, A.__doc__)
def f():
    x = 1
    def g(): return x
    return g
c = f().__closure__[0]
print(c.cell_contents, f.__closure__, type(c).__name__)
print(object().__lt__(object()), object().__ge__(1))
class N:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(N(1).__gt__(N(0)), N(0) < N(1))
try: N(0) <= N(1)
except TypeError as e: print(e)
class I(int): pass
class S(str): pass
print(I(3) < I(5), sorted([S("b"), S("a")]), I(2) >= 2, S("a") > "b")
print(range(0, 20, 3).index(9), range(10).count(3), range(5).count(7), range(0, 20, 3).count(9.0))
try: range(3).index(5)
except ValueError as e: print(e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
r = reversed(range(3)); print(type(r).__name__, list(r), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
import inspect
def gen(): yield 1
g = gen(); print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); g.close(); print(inspect.getgeneratorstate(g))
print(sorted([N(2), N(1)], key=lambda n: n.v)[0].v)
class T: pass
try: sorted([T(), T()])
except TypeError as e: print(e)
print(dir(3) == sorted(dir(3)), len(object().__dir__()) > 10)
print(object().__sizeof__(), "__lt__" in dir(object()), "v" in dir(N(1)))

# expect: ValueError: Type names and field names cannot be a keyword: 'def'
# expect: ('a', '_1', '_2', '_3')
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: ValueError: zip() argument 3 is longer than arguments 1-2
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: None True Doc A.
# expect: 1 None cell
# expect: NotImplemented NotImplemented
# expect: True True
# expect: '<=' not supported between instances of 'N' and 'N'
# expect: True ['a', 'b'] True False
# expect: 3 1 0 1
# expect: 5 is not in range
# expect: (1, 5, 2) (3, -1, -1) (7, 10, 1)
# expect: range_iterator [2, 1, 0] [1, 4, 7, 10] []
# expect: GEN_CREATED
# expect: GEN_SUSPENDED
# expect: GEN_CLOSED
# expect: 1
# expect: '<' not supported between instances of 'T' and 'T'
# expect: True True
# expect: 16 True True
