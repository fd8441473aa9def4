# A typed program: Generic, NamedTuple, TypedDict, Protocol, overload, PEP 563 annotations,
# and typing's collection names as collections.abc's ABCs (isinstance, get_origin/get_args,
# which also understand list[int] and int | None).
from __future__ import annotations
from typing import Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal, NamedTuple, Optional, Protocol, Sequence, Tuple, TypedDict, TypeVar, Union, cast, overload
import typing
from dataclasses import dataclass, field
T = TypeVar("T")
K = TypeVar("K", bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s: Stack[int] = Stack()
s.push(3); print(s.pop(), Stack[int], T, K)
class Point(NamedTuple):
    x: int
    y: int = 0
print(Point(1), Point._fields, Point(1, 2)._asdict())
class Movie(TypedDict):
    name: str
    year: int
m: Movie = {"name": "x", "year": 1}
print(m)
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str: return "hi"
def use(g: Greeter) -> str: return g.greet()
print(use(En()))
print(Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str], Tuple[int, ...], Literal["a", "b"])
print(cast(int, "x"), typing.get_type_hints(use))
@dataclass
class Inv:
    name: str
    tags: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0
print(Inv("a"))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(2))
def g(xs: Iterable[int]) -> Iterator[int]:
    yield from xs
print(list(g([1, 2])))
MAX: Final = 3
print(typing.TYPE_CHECKING, isinstance([], typing.List), isinstance({}, typing.Mapping))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(Optional[int]))
print(typing.get_origin(int | str), typing.get_args(int | None), typing.Iterable, typing.Iterable[int], typing.AbstractSet[str])
print(isinstance(iter([]), typing.Iterator), issubclass(list, typing.Sequence), isinstance(3, typing.Hashable))

# expect: 3 __main__.Stack[int] ~T ~K
# expect: Point(x=1, y=0) ('x', 'y') {'x': 1, 'y': 2}
# expect: {'name': 'x', 'year': 1}
# expect: hi
# expect: typing.Optional[int] typing.Union[int, str] typing.List[int] typing.Dict[str, int] typing.Callable[[int], str] typing.Tuple[int, ...] typing.Literal['a', 'b']
# expect: x {'g': <class '__main__.Greeter'>, 'return': <class 'str'>}
# expect: Inv(name='a', tags=[])
# expect: 2
# expect: [1, 2]
# expect: False True True
# expect: <class 'list'> (<class 'str'>, <class 'int'>) typing.Union
# expect: <class 'types.UnionType'> (<class 'int'>, <class 'NoneType'>) typing.Iterable typing.Iterable[int] typing.AbstractSet[str]
# expect: True True True
