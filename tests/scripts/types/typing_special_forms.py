# The special forms and aliases print, compare, check their arguments and answer isinstance()
# as CPython's: Union/Optional flattening, Any as a class, Tuple, Type, ClassVar, get_origin
# and get_args, aliases that cannot be instantiated.
import collections
from typing import *


def show(make):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


T = TypeVar('T')
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, Union, Optional)
print(Generic, Protocol, Annotated, type(Any).__name__, type(Union).__name__)
print(List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str], Type[int])
print(Iterable[int], Generator[int, None, str], Coroutine[Any, Any, int], Awaitable[int])
print(Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(FrozenSet[int], Set[int], AbstractSet[int], Mapping[str, int], Sequence[T], Pattern[str])
print(Union[int, str, None], Optional[Union[int, str]], Union[int], Union[int, int], Optional[None])
print(Union[int, Union[str, float]], Union[int, str | None], int | List[int], List[int] | None)
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), (int | str) == Union[str, int])
print(Optional[int] == Union[None, int], hash(Optional[int]) == hash(int | None), Union[int, str].__args__)
print(isinstance(1, Union[int, str]), isinstance(1.0, Optional[int]), isinstance(None, Optional[int]))
print(issubclass(bool, Union[int, str]), isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance(3, Hashable), issubclass(List, Iterable))
print(get_origin(List[int]), get_origin(List), get_origin(Union[int, str]), get_origin(int | str))
print(get_origin(ClassVar[int]), get_origin(Generic), get_origin(Generic[T]), get_origin(int))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Tuple[()]), get_args(List), get_args(int))
print(ClassVar[List[int]], Final[int], Final[int] == Final[int], ClassVar[int].__name__, List[int].__name__)
print(List[int] == List[int], List[int] == List[str], List[int] == list[int], List[int].__args__)
print(List['Foo'], Dict[str, 'Bar'].__args__, Type['X'])
print(list(List[int]), List[int].__module__, List.__name__, List[int].__origin__)
print(Text, AnyStr, AnyStr.__constraints__, TYPE_CHECKING, Deque(), Counter('aab'))

show(lambda: List[int, str])
show(lambda: Hashable[int])
show(lambda: List())
show(lambda: Dict(a=1))
show(lambda: Tuple[int, 3])
show(lambda: Union[()])
show(lambda: Optional[int, str])
show(lambda: ClassVar[int, str])
show(lambda: List[ClassVar[int]])
show(lambda: List[Generic])
show(lambda: List[Union])
show(lambda: Callable[int])
show(lambda: Any())
show(lambda: ClassVar())
show(lambda: NoReturn[int])
show(lambda: isinstance(1, Any))
show(lambda: isinstance(1, ClassVar))
show(lambda: issubclass(int, Optional))
show(lambda: isinstance([], List[int]))
show(lambda: TypeVar('X', int))
show(lambda: TypeVar('X', int, str, bound=int))
show(lambda: TypeVar('X', covariant=True, contravariant=True))
show(lambda: TypeVar('X', bound=List[int]).__bound__)
for base in (Union, ClassVar[int], Optional[int], NewType('N', int)):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print('TypeError:', e)
try:
    class Sub(TypeVar):
        pass
except TypeError as e:
    print('TypeError:', e)


class Anything(Any):
    pass


print(Anything.__mro__, isinstance(Anything(), Anything))

# expect: typing.Any typing.NoReturn typing.Never typing.Self typing.LiteralString typing.TypeAlias typing.ClassVar typing.Final typing.Union typing.Optional
# expect: <class 'typing.Generic'> <class 'typing.Protocol'> <class 'typing.Annotated'> _AnyMeta _SpecialForm
# expect: typing.List typing.List[int] typing.Dict[str, int] typing.Tuple[int, ...] typing.Tuple[()] typing.Tuple[int, str] typing.Type[int]
# expect: typing.Iterable[int] typing.Generator[int, NoneType, str] typing.Coroutine[typing.Any, typing.Any, int] typing.Awaitable[int]
# expect: typing.Deque[int] typing.DefaultDict[str, int] typing.OrderedDict[str, int] typing.Counter[str] typing.ChainMap[str, int]
# expect: typing.FrozenSet[int] typing.Set[int] typing.AbstractSet[int] typing.Mapping[str, int] typing.Sequence[~T] typing.Pattern[str]
# expect: typing.Union[int, str, NoneType] typing.Union[int, str, NoneType] <class 'int'> <class 'int'> <class 'NoneType'>
# expect: typing.Union[int, str, float] typing.Union[int, str, NoneType] typing.Union[int, typing.List[int]] typing.Optional[typing.List[int]]
# expect: True True True
# expect: True True (<class 'int'>, <class 'str'>)
# expect: True False True
# expect: True True True True
# expect: True False True True
# expect: <class 'list'> <class 'list'> typing.Union <class 'types.UnionType'>
# expect: typing.ClassVar <class 'typing.Generic'> <class 'typing.Generic'> None
# expect: (<class 'str'>, <class 'int'>) (<class 'int'>, <class 'NoneType'>) () () ()
# expect: typing.ClassVar[typing.List[int]] typing.Final[int] True ClassVar List
# expect: True False False (<class 'int'>,)
# expect: typing.List[ForwardRef('Foo')] (<class 'str'>, ForwardRef('Bar')) typing.Type[ForwardRef('X')]
# expect: [*typing.List[int]] typing List <class 'list'>
# expect: <class 'str'> ~AnyStr (<class 'bytes'>, <class 'str'>) False deque([]) Counter({'a': 2, 'b': 1})
# expect: TypeError: Too many arguments for typing.List; actual 2, expected 1
# expect: TypeError: typing.Hashable is not a generic class
# expect: TypeError: Type List cannot be instantiated; use list() instead
# expect: TypeError: Type Dict cannot be instantiated; use dict() instead
# expect: typing.Tuple[int, 3]
# expect: TypeError: Cannot take a Union of no types.
# expect: TypeError: typing.Optional requires a single type. Got (<class 'int'>, <class 'str'>).
# expect: TypeError: typing.ClassVar accepts only single type. Got (<class 'int'>, <class 'str'>).
# expect: TypeError: typing.ClassVar[int] is not valid as type argument
# expect: TypeError: Plain <class 'typing.Generic'> is not valid as type argument
# expect: TypeError: Plain typing.Union is not valid as type argument
# expect: TypeError: Callable must be used as Callable[[arg, ...], result].
# expect: TypeError: Any cannot be instantiated
# expect: TypeError: Cannot instantiate typing.ClassVar
# expect: TypeError: typing.NoReturn is not subscriptable
# expect: TypeError: typing.Any cannot be used with isinstance()
# expect: TypeError: typing.ClassVar cannot be used with isinstance()
# expect: TypeError: typing.Optional cannot be used with issubclass()
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: A single constraint is not allowed
# expect: TypeError: Constraints cannot be combined with bound=...
# expect: ValueError: Bivariant types are not supported.
# expect: typing.List[int]
# expect: TypeError: Cannot subclass typing.Union
# expect: TypeError: Cannot subclass typing.ClassVar[int]
# expect: TypeError: Cannot subclass typing.Optional[int]
# expect: TypeError: Cannot subclass an instance of NewType. Perhaps you were looking for: `Sub = NewType('Sub', N)`
# expect: TypeError: Cannot subclass special typing classes
# expect: (<class '__main__.Anything'>, typing.Any, <class 'object'>) True
