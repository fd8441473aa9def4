# typing: aliases print as CPython's, Generic[T] as a base, NamedTuple class syntax,
# get_type_hints, cast; the output CPython 3.11 printed.
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, cast, Iterable, ClassVar, Set, get_type_hints
T = TypeVar("T")
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Any, Callable[[int, str], bool], Tuple[int, ...], T)
print(Union[int, None] == Optional[int], List, cast(int, "x"))
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s = Stack[int]() if False else Stack(); s.push(1); s.push(2); print(s.pop(), Stack.__mro__[1:])
class Employee(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return "hi " + self.name
e = Employee("guido"); print(e, e.id, e.greet(), e._replace(id=5), Employee._fields)
def process(items: Iterable[int], scale: float = 1.0) -> List[float]:
    return [i * scale for i in items]
print(process([1, 2], 2.0))
class C:
    x: int
    y: "str"
print(get_type_hints(C))
print(List[int] == List[int], Optional[List[int]])
# expect: typing.List[int] typing.Dict[str, typing.List[int]] typing.Optional[int] typing.Union[int, str] typing.Any typing.Callable[[int, str], bool] typing.Tuple[int, ...] ~T
# expect: True typing.List x
# expect: 2 (<class 'typing.Generic'>, <class 'object'>)
# expect: Employee(name='guido', id=3) 3 hi guido Employee(name='guido', id=5) ('name', 'id')
# expect: [2.0, 4.0]
# expect: {'x': <class 'int'>, 'y': <class 'str'>}
# expect: True typing.Optional[typing.List[int]]
