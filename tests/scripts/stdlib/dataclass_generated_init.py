# A dataclass's __init__ is made from source, as CPython makes it: its signature, its
# binding errors, defaults and factories, init=False fields, InitVar and __post_init__,
# keyword-only fields, frozen classes, inheritance, a field named self, and the docstring
# made from the signature.
import inspect
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar, List


@dataclass
class P:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: int = field(default=5, init=False)
    seen: list = field(default_factory=list, init=False)
    kind: ClassVar[str] = "point"


p = P(1)
print(p, P.__doc__, inspect.signature(P))
print(P(1, 2, ["a"]), P(1).tags is P(1).tags)
for call in (lambda: P(), lambda: P(1, 2, [], 4), lambda: P(1, z=3), lambda: P(1, x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Q:
    a: int
    scale: InitVar[int] = 2
    doubled: int = field(init=False)

    def __post_init__(self, scale):
        self.doubled = self.a * scale


print(Q(3), Q(3, 5), inspect.signature(Q))


@dataclass(frozen=True)
class F:
    a: int
    b: str = "b"


f = F(1)
print(f, hash(f) == hash(F(1)))
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(K(1, c=3), inspect.signature(K))
try:
    K(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    a: int
    b: int = 1


@dataclass
class Derived(Base):
    c: int = 2


print(Derived(0, c=5), Derived.__doc__)


@dataclass
class S:
    self: int
    other: str = "o"


print(S(1), S(self=2))


@dataclass
class Documented:
    "Has its own."
    a: int


print(Documented.__doc__)

# expect: P(x=1, y=0, tags=[], count=5, seen=[]) P(x: int, y: int = 0, tags: List[str] = <factory>) (x: int, y: int = 0, tags: List[str] = <factory>) -> None
# expect: P(x=1, y=2, tags=['a'], count=5, seen=[]) False
# expect: TypeError: P.__init__() missing 1 required positional argument: 'x'
# expect: TypeError: P.__init__() takes from 2 to 4 positional arguments but 5 were given
# expect: TypeError: P.__init__() got an unexpected keyword argument 'z'
# expect: TypeError: P.__init__() got multiple values for argument 'x'
# expect: Q(a=3, doubled=6) Q(a=3, doubled=15) (a: int, scale: dataclasses.InitVar[int] = 2) -> None
# expect: F(a=1, b='b') True
# expect: FrozenInstanceError cannot assign to field 'a'
# expect: K(a=1, b=1, c=3) (a: int, *, b: int = 1, c: int = 2) -> None
# expect: TypeError: K.__init__() takes 2 positional arguments but 3 were given
# expect: Derived(a=0, b=1, c=5) Derived(a: int, b: int = 1, c: int = 2)
# expect: S(self=1, other='o') S(self=2, other='o')
# expect: Has its own.
