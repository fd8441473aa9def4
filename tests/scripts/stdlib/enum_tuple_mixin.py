# An enum mixing in tuple: each member is the tuple of its value, as in CPython.
from enum import Enum


class Coord(tuple, Enum):
    UNIT = (1, 1)
    ORIGIN = (0, 0)


print(Coord.UNIT, Coord.UNIT.value, Coord.UNIT[0], len(Coord.ORIGIN), Coord((0, 0)), list(Coord))
print(Coord.UNIT == (1, 1), isinstance(Coord.UNIT, tuple), repr(Coord.ORIGIN))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value)

# expect: Coord.UNIT (1, 1) 1 2 Coord.ORIGIN [<Coord.UNIT: (1, 1)>, <Coord.ORIGIN: (0, 0)>]
# expect: True True <Coord.ORIGIN: (0, 0)>
# expect: 5.97e+24 (5.97e+24, 6370000.0)
