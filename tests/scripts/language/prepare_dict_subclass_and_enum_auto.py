# A metaclass's __prepare__ returning a dict subclass's instance sees every name the class
# body binds, and enum's namespace gives auto() its value at once, so a body can combine
# members (RW = R | W); CPython's output.
from enum import Flag, IntFlag, Enum, IntEnum, auto, StrEnum, unique
class Perm(Flag):
    R = auto(); W = auto()
    RW = R | W
    X = auto()
    print("in body", R, W, RW)
print(Perm.RW, Perm.X.value, list(Perm), Perm.R | Perm.W is Perm.RW)
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 10
    NEXT = auto()
    def describe(self): return self.name.lower()
print(list(Color), Color.NEXT.value, Color.RED.describe())
class S(StrEnum):
    A = auto()
    B = auto()
print(list(S), S.A == "a")
class N(IntEnum):
    ONE = 1
    TWO = auto()
print(N.TWO, N.TWO + 1)
class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    AA = auto()
    BB = auto()
print(Custom.AA.value, Custom.BB.value)
class P(IntFlag):
    A = auto()
    B = auto()
    AB = A | B
print(P.AB, P(3), repr(P.A | P.B))
class D(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases): return D()
class C(metaclass=M):
    x = 1
    def f(self): pass
print(C.x)

# expect: in body 1 2 3
# expect: Perm.RW 4 [<Perm.R: 1>, <Perm.W: 2>, <Perm.X: 4>] True
# expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 10>, <Color.NEXT: 11>] 11 red
# expect: [<S.A: 'a'>, <S.B: 'b'>] True
# expect: 2 3
# expect: AAAA BBBB
# expect: 3 3 <P.AB: 3>
# expect: set __module__
# expect: set __qualname__
# expect: set x
# expect: set f
# expect: 1
