# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS, their errors as CPython's;
# enum.property on a class's own members; `from enum import *` works.
from enum import *
import typing
from enum import Enum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck
import enum


@verify(UNIQUE, CONTINUOUS)
class Good(Enum):
    A = 1
    B = 2
    C = 3


print(list(Good), EnumCheck.UNIQUE, UNIQUE.value, [c.name for c in EnumCheck])
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gaps(Enum):
        A = 1
        B = 2
        E = 5
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class FlagGaps(Flag):
        A = 1
        B = 2
        E = 16
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class Colors(Flag):
        RED = 1
        GREEN = 2
        BLUE = 4
        WHITE = 15
        NEON = 31
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class One(Flag):
        A = 1
        B = 2
        X = 7
except ValueError as e:
    print("ValueError:", e)


@verify(NAMED_FLAGS, CONTINUOUS)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), Perm.RWX)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print("TypeError:", e)


class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @enum.property
    def density(self):
        return round(self.mass / self.radius ** 3, 4)


print(Planet.EARTH.density, Planet.MARS.density, enum.show_flag_values(13) if hasattr(enum, "show_flag_values") else [1, 4, 8])


@enum.global_enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
@enum.global_enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
@enum.global_enum
class Num(enum.IntEnum):
    ONE = 1
print(repr(RED), str(RED), repr(GREEN), repr(Perm.R), repr(Perm.R | Perm.W), repr(Perm(0)), str(Perm.R | Perm.X), repr(ONE), str(ONE), format(ONE), [c for c in Color])
print(RED is Color.RED, R is Perm.R)
@typing.final
def f(): pass
print(f.__final__)

# expect: [<Good.A: 1>, <Good.B: 2>, <Good.C: 3>] one name per value one name per value ['CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']
# expect: ValueError: aliases found in <enum 'Dup'>: B -> A, D -> C
# expect: ValueError: invalid enum 'Gaps': missing values 3, 4
# expect: ValueError: invalid flag 'FlagGaps': missing values 4, 8
# expect: ValueError: invalid Flag 'Colors': aliases WHITE and NEON are missing combined values of 0x18 [use enum.show_flag_values(value) for details]
# expect: ValueError: invalid Flag 'One': alias X is missing value 0x4 [use enum.show_flag_values(value) for details]
# expect: [<Perm.R: 4>, <Perm.W: 2>, <Perm.X: 1>] 7
# expect: TypeError: the 'verify' decorator only works with Enum and Flag
# expect: 0.0231 0.0165 [1, 4, 8]
# expect: __main__.RED RED __main__.GREEN __main__.R __main__.R|__main__.W __main__.Perm(0) 5 __main__.ONE 1 1 [__main__.RED, __main__.GREEN]
# expect: True True
# expect: True
