# Typical typed programs run as under CPython: runtime_checkable protocols, generic classes,
# bounded and constrained TypeVars, overload, NamedTuple, NewType, cast, assert_never, Self,
# LiteralString, TypeGuard, dataclasses with ClassVar and InitVar, get_type_hints.
from dataclasses import InitVar, dataclass, field, fields
from typing import (Any, ClassVar, Dict, Final, Generic, Iterator, List, Literal, LiteralString,
                    NamedTuple, NewType, Optional, Protocol, Self, TypeGuard, TypeVar, Union,
                    assert_never, cast, final, get_type_hints, overload, runtime_checkable)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class Named(Protocol):
    name: str


@runtime_checkable
class HasArea(Protocol):
    sides: int
    def area(self) -> float: ...


class Resource:
    def close(self) -> None:
        print('closed')


class Square:
    sides = 4
    def __init__(self, n): self.n = n
    def area(self): return self.n ** 2


print(isinstance(Resource(), Closeable), isinstance(3, Closeable), issubclass(Resource, Closeable))
print(isinstance(Square(2), HasArea), isinstance(Resource(), HasArea))
for check in (lambda: isinstance(Resource(), Named), lambda: Closeable(),
              lambda: issubclass(Square, HasArea), lambda: runtime_checkable(Resource)):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)

T = TypeVar('T')
Num = TypeVar('Num', int, float)
B = TypeVar('B', bound='Shape')
print(T, Num, B, Num.__constraints__, B.__bound__, T.__bound__, T.__constraints__, T.__name__)
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
print(T_co, T_contra, T_co.__covariant__, T_contra.__contravariant__, Union[T, None], T | int)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), s.__orig_class__, Stack.__parameters__, Stack[str])
print(get_type_hints(Stack.push), get_type_hints(Stack.__iter__))


def add(a: Num, b: Num) -> Num:
    return a + b


print(add(1, 2), add(1.5, 2), get_type_hints(add))


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(parse(3), parse('x'))


class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: float = 0.0

    def describe(self) -> str:
        return f'{self.name} ({self.dept})'


e = Employee('ann')
print(e, e.describe(), e._replace(dept='ops'), Employee._fields, Employee._field_defaults)
print(Employee.__annotations__, get_type_hints(Employee))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__, Point._fields)
try:
    class BadRow(NamedTuple):
        a: int = 1
        b: int
except TypeError as exc:
    print('TypeError:', exc)

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__, List[UserId])
print(cast(int, '3'), cast('List[int]', 'x'), cast(Optional[str], None))


def shape_name(kind: Literal['circle', 'square']) -> str:
    if kind == 'circle':
        return 'round'
    elif kind == 'square':
        return 'boxy'
    else:
        assert_never(kind)


print(shape_name('circle'), shape_name('square'))
try:
    assert_never('x' * 150)
except AssertionError as exc:
    print('AssertionError:', exc)


class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self


class Circle(Shape):
    pass


print(type(Circle().set_scale(2.0)).__name__, get_type_hints(Shape.set_scale))


def is_str_list(val: List[object]) -> TypeGuard[List[str]]:
    return all(isinstance(x, str) for x in val)


def run_query(sql: LiteralString, *args: Any) -> None:
    pass


print(is_str_list(['a', 'b']), is_str_list([1]), get_type_hints(is_str_list))
print(get_type_hints(run_query))


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    scale: InitVar[float] = 1.0
    limit: Final[int] = 10

    def __post_init__(self, scale):
        self.price *= scale


i = Item('pen', 2.0, scale=3.0)
print(i, Item.count, [f.name for f in fields(Item)])
print(get_type_hints(Item))


@final
class Leaf:
    @final
    def method(self) -> None: ...


print(Leaf.__final__, Leaf.method.__final__)
registry: Dict[str, 'Stack[int]'] = {}
print(get_type_hints(__import__(__name__)))

# expect: True False True
# expect: True False
# expect: TypeError: Instance and class checks can only be used with @runtime_checkable protocols
# expect: TypeError: Protocols cannot be instantiated
# expect: TypeError: Protocols with non-method members don't support issubclass()
# expect: TypeError: @runtime_checkable can be only applied to protocol classes, got <class '__main__.Resource'>
# expect: ~T ~Num ~B (<class 'int'>, <class 'float'>) ForwardRef('Shape') None () T
# expect: +T_co -T_contra True True typing.Optional[~T] typing.Union[~T, int]
# expect: 2 [1] __main__.Stack[int] (~T,) __main__.Stack[str]
# expect: {'item': ~T, 'return': <class 'NoneType'>} {'return': typing.Iterator[~T]}
# expect: 3 3.5 {'a': ~Num, 'b': ~Num, 'return': ~Num}
# expect: 3 x
# expect: Employee(name='ann', dept='eng', salary=0.0) ann (eng) Employee(name='ann', dept='ops', salary=0.0) ('name', 'dept', 'salary') {'dept': 'eng', 'salary': 0.0}
# expect: {'name': <class 'str'>, 'dept': <class 'str'>, 'salary': <class 'float'>} {'name': <class 'str'>, 'dept': <class 'str'>, 'salary': <class 'float'>}
# expect: Point(x=1, y=2) {'x': <class 'int'>, 'y': <class 'int'>} ('x', 'y')
# expect: TypeError: Non-default namedtuple field b cannot follow default field a
# expect: 5 __main__.UserId <class 'int'> UserId typing.List[__main__.UserId]
# expect: 3 x None
# expect: round boxy
# expect: AssertionError: Expected code to be unreachable, but got: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
# expect: Circle {'scale': <class 'float'>, 'return': typing.Self}
# expect: True False {'val': typing.List[object], 'return': typing.TypeGuard[typing.List[str]]}
# expect: {'sql': typing.LiteralString, 'args': typing.Any, 'return': <class 'NoneType'>}
# expect: Item(name='pen', price=6.0, tags=[], limit=10) 0 ['name', 'price', 'tags', 'limit']
# expect: {'name': <class 'str'>, 'price': <class 'float'>, 'tags': typing.List[str], 'count': typing.ClassVar[int], 'scale': dataclasses.InitVar[float], 'limit': typing.Final[int]}
# expect: True True
# expect: {'registry': typing.Dict[str, __main__.Stack[int]]}
