# %-formatting of numbers that are not exactly int or float: IntEnum members, subclasses of
# int and float, objects with __index__, __int__ or __float__.
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 12


class MyInt(int):
    def __str__(self):
        return "MyInt!"


class MyFloat(float):
    pass


class Indexable:
    def __index__(self):
        return 26


class IntOnly:
    def __int__(self):
        return 7


class FloatOnly:
    def __float__(self):
        return 2.5


print("%d %i %u" % (Level.HIGH, Level.LOW, Level.HIGH))
print("%x %X %o %c" % (Level.HIGH, Level.HIGH, Level.HIGH, MyInt(65)))
print("%5d|%-5d|%05d" % (MyInt(42), MyInt(-3), MyInt(9)))
print("%s %r" % (MyInt(5), Level.LOW))
print("%.2f %e %g" % (MyFloat(1.5), MyFloat(12345.678), Level.HIGH))
print("%d %x %f" % (Indexable(), Indexable(), Indexable()))
print("%d" % IntOnly(), "%.1f" % FloatOnly())
print("%d" % 3.99, "%i" % -2.5)
for fmt, arg in [("%x", IntOnly()), ("%x", 3.5), ("%d", FloatOnly()), ("%d", "7"), ("%f", "1.0"),
                 ("%c", 0x110000), ("%c", "ab"), ("%d", float("nan")), ("%d", float("inf"))]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)

# expect: 12 1 12
# expect: c C 14 A
# expect:    42|-3   |00009
# expect: MyInt! <Level.LOW: 1>
# expect: 1.50 1.234568e+04 12
# expect: 26 1a 26.000000
# expect: 7 2.5
# expect: 3 -2
# expect: TypeError %x format: an integer is required, not IntOnly
# expect: TypeError %x format: an integer is required, not float
# expect: TypeError %d format: a real number is required, not FloatOnly
# expect: TypeError %d format: a real number is required, not str
# expect: TypeError must be real number, not str
# expect: OverflowError %c arg not in range(0x110000)
# expect: TypeError %c requires int or char
# expect: ValueError cannot convert float NaN to integer
# expect: OverflowError cannot convert float infinity to integer
