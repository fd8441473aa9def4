# Instances of str and tuple subclasses where str.join and % take str and tuple: StrEnum
# members joined, a namedtuple as the arguments of % (for str and bytes).
from collections import namedtuple
from enum import Enum


class Name(str):
    pass


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


print("-".join([Name("a"), Name("b"), "c"]), ", ".join(Color), "+".join([Name("only")]))
# expect: a-b-c red, blue only
Point = namedtuple("Point", "x y")
print("%d-%d" % Point(1, 2), "(%s, %s)" % Point("a", "b"), b"%d:%d" % Point(3, 4))  # expect: 1-2 (a, b) b'3:4'


class Pair(tuple):
    pass


print("%s and %s" % Pair(("x", "y")))  # expect: x and y
try:
    "%s" % Pair((1, 2))
except TypeError as e:
    print("TypeError", e)  # expect: TypeError not all arguments converted during string formatting
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)  # expect: TypeError sequence item 1: expected str instance, int found
