# enum: Enum members and aliases, lookup by value and name, IntEnum, StrEnum, auto, Flag and
# IntFlag combinations, members with __init__, unique, the functional API; the output CPython
# 3.11 printed.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def favourite(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color, Color.favourite())
print(Color.RED.describe(), Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1))
print(Color.__members__.keys() if hasattr(Color.__members__, "keys") else 0, repr(Color), type(Color.RED))
print({Color.RED: "r"}[Color.RED], f"{Color.BLUE}", isinstance(Color.RED, Color), Color.RED.__class__.__name__)
try: Color(7)
except ValueError as e: print("ValueError:", e)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK, repr(Status.OK), Status.OK == 200, Status.OK + 1, Status.NOT_FOUND > Status.OK, sorted([Status.NOT_FOUND, Status.OK]), f"{Status.OK:5d}", Status(404))
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
print(Shape.SQUARE.value, Shape.CIRCLE.value, list(Shape))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw))
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper())
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        UNO = 1
except ValueError as e: print("ValueError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class P(IntFlag):
    A = 1
    B = 2
print(P.A | P.B, repr(P.A), P.A == 1)
print(" ".join(c.name for c in Color))
# expect: Color.RED <Color.RED: 1> Color.GREEN Color.BLUE RED 1
# expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 True True Color.GREEN
# expect: RED is 1 True False True
# expect: dict_keys(['RED', 'GREEN', 'BLUE', 'CRIMSON']) <enum 'Color'> <enum 'Color'>
# expect: r Color.BLUE True Color
# expect: ValueError: 7 is not a valid Color
# expect: 200 <Status.OK: 200> True 201 True [<Status.OK: 200>, <Status.NOT_FOUND: 404>]   200 404
# expect: 1 2 [<Shape.SQUARE: 1>, <Shape.CIRCLE: 2>]
# expect: <Perm.R|W: 6> True False False [<Perm.R: 4>, <Perm.W: 2>]
# expect: read <Mode.READ: 'read'> True READ
# expect: (5.976e+24, 6378140.0) 5.976e+24 9.803
# expect: ValueError: duplicate values found in <enum 'Mistake'>: UNO -> ONE
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>] 2
# expect: 3 <P.A: 1> True
# expect: RED GREEN BLUE

# `in` on an enum class asks for a member in 3.11: a plain value is a TypeError (3.12
# answers True or False instead), announced by a DeprecationWarning.
import warnings
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW in Level, Level.LOW in Color)  # expect: True False
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        2 in Level
    except TypeError as e:
        print(e)  # expect: unsupported operand type(s) for 'in': 'int' and 'EnumType'
print(caught[0].category.__name__)  # expect: DeprecationWarning
