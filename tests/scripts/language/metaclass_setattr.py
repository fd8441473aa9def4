# A metaclass's own __setattr__ and __delattr__ see `cls.name = value`, setattr() and del on
# its classes (reaching type's through super()); Enum's guards its members that way.
from enum import Enum, auto


class Logged(type):
    def __setattr__(cls, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)


class A(metaclass=Logged):
    pass


A.x = 1  # expect: set x 1
setattr(A, "y", 2)  # expect: set y 2
del A.x  # expect: del x
print(hasattr(A, "x"), A.y)  # expect: False 2


class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")


class B(metaclass=Frozen):
    z = 1


try:
    B.z = 2
except AttributeError as e:
    print(e, B.z)  # expect: B is frozen 1


class Color(Enum):
    RED = 1
    GREEN = auto()
    CRIMSON = 1


try:
    Color.RED = 5
except AttributeError as e:
    print(e)  # expect: cannot reassign member 'RED'
try:
    del Color.GREEN
except AttributeError as e:
    print(e)  # expect: 'Color' cannot delete member 'GREEN'.
Color.note = "fine"
print(Color.note, list(Color), Color.CRIMSON)  # expect: fine [<Color.RED: 1>, <Color.GREEN: 2>] Color.RED
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(e)  # expect: <enum 'More'> cannot extend <enum 'Color'>
