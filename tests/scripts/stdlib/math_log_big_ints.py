# math.log, log2 and log10 as CPython's: ints too large for a float (log2(2**1100) is 1100.0),
# the domain errors, and a base of 1.
import math
for x in (2**1100, 10**400, 2**64, 3**700, 8, 0.5, 1e308, 2**1023):
    print(math.log2(x), math.log10(x), math.log(x), math.log(x, 3))
for bad in (0, -1, -2**2000, 0.0, float("-inf")):
    for f in (math.log, math.log2, math.log10):
        try: f(bad)
        except ValueError as e: print(f.__name__, e)
print(math.log(float("inf")), math.log(float("nan")))
try: math.log(5, 1)
except ZeroDivisionError as e: print(e)
print(math.log(True), math.log2(True))

# expect: 1100.0 331.1329952303793 762.4618986159398 694.0227289286031
# expect: 1328.771237954945 400.0 921.0340371976182 838.3613097157537
# expect: 64.0 19.265919722494797 44.3614195558365 40.379504228573275
# expect: 1109.4737505048092 333.9848783037637 769.0286020676768 700.0
# expect: 3.0 0.9030899869919435 2.0794415416798357 1.892789260714372
# expect: -1.0 -0.3010299956639812 -0.6931471805599453 -0.6309297535714574
# expect: 1023.1538532253076 308.0 709.1962086421661 645.5382084811304
# expect: 1023.0 307.95368556425274 709.0895657128241 645.441137903601
# expect: log math domain error
# expect: log2 math domain error
# expect: log10 math domain error
# expect: log math domain error
# expect: log2 math domain error
# expect: log10 math domain error
# expect: log math domain error
# expect: log2 math domain error
# expect: log10 math domain error
# expect: log math domain error
# expect: log2 math domain error
# expect: log10 math domain error
# expect: log math domain error
# expect: log2 math domain error
# expect: log10 math domain error
# expect: inf nan
# expect: float division by zero
# expect: 0.0 0.0
