# math's perm, dist, cbrt, exp2, nextafter and ulp, with CPython's errors.
import math, operator
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(20, 10))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1e300, 0), (-1e300, 0)))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308))
for bad in [lambda: math.perm(-1), lambda: math.perm(3, -1), lambda: math.dist((1,), (1, 2)), lambda: math.exp2(5000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
# expect: 120 20 0 670442572800
# expect: 5.0 5.0 2e+300
# expect: 3.0000000000000004 -2.0 1024.0 1.4142135623730951
# expect: 1.0000000000000002 0.9999999999999999 5e-324 2.220446049250313e-16 5e-324 1.99584030953472e+292
# expect: ValueError factorial() not defined for negative values
# expect: ValueError k must be a non-negative integer
# expect: ValueError both points must have the same number of dimensions
# expect: OverflowError math range error
