# Library code that CPython writes in C leaves no frames in tracebacks: a cache's wrapper,
# reduce, partial, itertools, bisect, operator, datetime, decimal, ABCMeta's instance call.
import traceback, functools, itertools, bisect, operator, datetime, decimal, fractions
from abc import ABC

@functools.lru_cache
def f(x):
    return 1 / x

class S(ABC):
    def __init__(self):
        raise ValueError("x")

cases = [
    lambda: f(0),
    lambda: functools.reduce(lambda a, b: a / b, [1, 0]),
    lambda: functools.partial(int, base=2)("12"),
    lambda: list(itertools.accumulate([1, "a"])),
    lambda: bisect.insort([1, 2], "x"),
    lambda: operator.itemgetter(5)([1]),
    lambda: datetime.date(2020, 2, 30),
    lambda: decimal.Decimal(1) / decimal.Decimal(0),
    lambda: S(),
    lambda: fractions.Fraction(1, 0),
]
for c in cases:
    try:
        c()
    except Exception as e:
        tb = traceback.format_exc().replace(__file__, "F").splitlines()
        print("\n".join(l for l in tb if '"F"' in l or not l.startswith("  File")))

# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 15, in <lambda>
# expect:     lambda: f(0),
# expect:             ^^^^
# expect:   File "F", line 8, in f
# expect:     return 1 / x
# expect:            ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 16, in <lambda>
# expect:     lambda: functools.reduce(lambda a, b: a / b, [1, 0]),
# expect:             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "F", line 16, in <lambda>
# expect:     lambda: functools.reduce(lambda a, b: a / b, [1, 0]),
# expect:                                           ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 17, in <lambda>
# expect:     lambda: functools.partial(int, base=2)("12"),
# expect:             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: ValueError: invalid literal for int() with base 2: '12'
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 18, in <lambda>
# expect:     lambda: list(itertools.accumulate([1, "a"])),
# expect:             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 19, in <lambda>
# expect:     lambda: bisect.insort([1, 2], "x"),
# expect:             ^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 20, in <lambda>
# expect:     lambda: operator.itemgetter(5)([1]),
# expect:             ^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: IndexError: list index out of range
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 21, in <lambda>
# expect:     lambda: datetime.date(2020, 2, 30),
# expect:             ^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: ValueError: day is out of range for month
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 22, in <lambda>
# expect:     lambda: decimal.Decimal(1) / decimal.Decimal(0),
# expect:             ~~~~~~~~~~~~~~~~~~~^~~~~~~~~~~~~~~~~~~~
# expect: decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 23, in <lambda>
# expect:     lambda: S(),
# expect:             ^^^
# expect:   File "F", line 12, in __init__
# expect:     raise ValueError("x")
# expect: ValueError: x
# expect: Traceback (most recent call last):
# expect:   File "F", line 28, in <module>
# expect:     c()
# expect:   File "F", line 24, in <lambda>
# expect:     lambda: fractions.Fraction(1, 0),
# expect:             ^^^^^^^^^^^^^^^^^^^^^^^^
# expect:     raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
# expect: ZeroDivisionError: Fraction(1, 0)
