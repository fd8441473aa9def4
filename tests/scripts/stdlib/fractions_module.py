# fractions: construction from ints, strings, floats; exact arithmetic, mixed with floats and
# complex; comparisons, hashing equal to ints and floats, rounding, limit_denominator, errors.
from fractions import Fraction as F
import math, numbers
print(F(3, 4), repr(F(6, -8)), F(), F(5), F('3/4'), F(' -1.25 '), F('1e-3'), F('2E2'), F('1_000/3'), F(0.1), F(1.5), F(F(1, 3)), F(F(1, 2), F(3, 4)))
a, b = F(1, 3), F(2, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** F(3), 2 ** F(1, 2), F(4) ** F(1, 2))
print(a + 1, 1 + a, a * 3, 3 - a, a + 0.5, 0.5 + a, a + 1j, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(3) == 3, a < b, a >= 0.3, a < 1, F(1, 2) != 0.5)
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(1234, 1), -2), float(F(1, 3)), bool(F(0)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(-1)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(10), F('0.333').limit_denominator(10), F(1, 3).as_integer_ratio())
print(F.from_float(0.25), sum(F(1, n) for n in range(1, 11)), sorted([F(1, 2), F(1, 3), 0.4, 1]), isinstance(F(1), numbers.Rational), {F(1, 2): 'half'}[0.5])
for bad in (lambda: F(1, 0), lambda: F('x'), lambda: F('1/0'), lambda: F([1]), lambda: F(1, 2.0), lambda: F(0) ** -1, lambda: F(1, 3).limit_denominator(0)):
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(F(10, 4).numerator, F(10, 4).denominator, str(F(7)), F('.5'), F('5.'), F(-0.0))

# expect: 3/4 Fraction(-3, 4) 0 5 3/4 -5/4 1/1000 200 1000/3 3602879701896397/36028797018963968 3/2 1/3 2/3
# expect: 11/15 -1/15 2/15 5/6 0 1/3 (0, Fraction(1, 3)) -1/3 1/3 1/3 1/9 9 -27 0.5773502691896257 8 1.4142135623730951 2.0
# expect: 4/3 4/3 1 8/3 0.8333333333333333 0.8333333333333333 (0.3333333333333333+1j) True False True True True True True False
# expect: -4 -3 -3 -3 2 4 -2 33/100 1200 0.3333333333333333 False
# expect: True True 1537228672809129301 -1537228672809129301 -2
# expect: 355/113 22/7 1/3 (1, 3)
# expect: 1/4 7381/2520 [Fraction(1, 3), 0.4, Fraction(1, 2), 1] True half
# expect: ZeroDivisionError Fraction(1, 0)
# expect: ValueError Invalid literal for Fraction: 'x'
# expect: ZeroDivisionError Fraction(1, 0)
# expect: TypeError argument should be a string or a Rational instance
# expect: TypeError both arguments should be Rational instances
# expect: ZeroDivisionError Fraction(1, 0)
# expect: ValueError max_denominator should be at least 1
# expect: 5 2 7 1/2 5 0
