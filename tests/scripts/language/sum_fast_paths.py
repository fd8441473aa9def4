# sum() with CPython's fast paths for ints and floats: the same results, the same types, the
# switch to + when an int overflows a machine word or another type appears, and subclasses
# whose + is their own.
print(sum([True] * 10 + [False] * 5), sum(range(1000)), sum([1, 2, 3], 10))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([2**100, 1]), sum([1, 2**100, -2**100]))
print(sum([1.5, 2, 3]), sum([1, 2, 0.5]), sum([0.1] * 10), sum([1, 2.5, 2**70]), sum([1e308, 1e308]))
print(sum([], 0.0), sum([]), sum([], 5), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([1, 2, 3j]), sum([1.0, 2j]), sum([True, 2.5]), sum([1, True], True))
from fractions import Fraction
from decimal import Decimal
print(sum([Fraction(1, 3)] * 3), sum([1, Fraction(1, 2)]), sum([Decimal("0.1")] * 3))

class Loud(int):
    def __add__(self, other):
        return Loud(int(self) + int(other) + 100)
    __radd__ = __add__

print(sum([Loud(1), 2]), sum([1, Loud(2), 3]), type(sum([1, Loud(2)])).__name__, sum([Loud(1)], Loud(0)))

class F(float):
    def __radd__(self, other):
        return "radd"

print(sum([1.0, F(2.0)]), sum([1, 2**64, 1.5]))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1.5, None])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum(x * x for x in range(10)), sum(iter([0.5, 0.25])), sum({1: "a", 2: "b"}))
try:
    sum(5, 1.5)
except TypeError as e:
    print("TypeError:", e)

# expect: 10 499500 16
# expect: 13835058055282163712 -9223372036854775809 1267650600228229401496703205377 1
# expect: 6.5 3.5 0.9999999999999999 1.1805916207174113e+21 inf
# expect: 0.0 0 5 [1, 2] (1, 2)
# expect: (3+3j) (1+2j) 3.5 3
# expect: 1 3/2 0.3
# expect: 203 206 Loud 101
# expect: radd 1.8446744073709552e+19
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError: unsupported operand type(s) for +: 'float' and 'NoneType'
# expect: TypeError: sum() can't sum strings [use ''.join(seq) instead]
# expect: 285 0.75 3
# expect: TypeError: 'int' object is not iterable
