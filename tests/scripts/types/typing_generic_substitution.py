# Subscripting a generic alias substitutes its type variables (Dict[str, T][int]); __parameters__
# lists them in order; wrong counts and non-generic targets raise CPython's errors.
from typing import (Callable, Dict, Generic, Iterable, List, Mapping, Optional, Protocol,
                    Tuple, Type, TypeVar, TypeVarTuple, Union, Unpack, get_args)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
Ts = TypeVarTuple('Ts')


def show(make):
    try:
        print(make())
    except TypeError as e:
        print('TypeError:', e)


print(Dict[str, T][int], Dict[K, V][str, int], Dict[K, V].__parameters__)
print(List[List[T]][int], List[T].__parameters__, List[int].__parameters__)
print(Optional[T][int], Union[T, int][str], Union[K, V][int, int], Union[int, List[T]][str])
print(Tuple[T, ...][int], Tuple[T, T][str], Tuple[K, V][int, str], Type[T][int])
print(Mapping[K, List[V]][str, int], Iterable[Tuple[K, V]][str, int])
print(Callable[[T], List[T]][int], Dict[str, list[T]][int])
print(Tuple[int, Unpack[Ts]][str, float], Tuple[T, Unpack[Ts]][int], Tuple[T, Unpack[Ts]].__parameters__)
show(lambda: Dict[T, int][str, int])
show(lambda: Dict[str, int][int])
show(lambda: Dict[K, V][int])
show(lambda: List[int, str])
show(lambda: Generic[T][int])
show(lambda: Tuple[int, Unpack[Ts], str][()])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key, self.value = key, value


class StrPair(Pair[str, V]):
    pass


print(Pair[str, int], Pair[str, T][int], StrPair.__parameters__, StrPair[float])
print(StrPair.__orig_bases__, Pair.__parameters__, get_args(Pair[str, int]))
p = Pair[str, int]('a', 1)
print(p.key, p.value, p.__orig_class__, type(p).__name__)
show(lambda: Pair[int])
show(lambda: Pair[int, str, float])
show(lambda: Generic[int])
show(lambda: Generic[T, T])
show(lambda: Generic[()])
show(lambda: StrPair[int][str])
try:
    class Bad(Pair[K, V], Generic[K]):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(Generic):
        pass
except TypeError as e:
    print('TypeError:', e)


class MyList(List[T]):
    pass


class Store(Dict[str, V]):
    pass


print(MyList.__mro__, MyList.__parameters__, MyList[int], MyList([1, 2]))
print(Store.__parameters__, Store[int], Store(a=1))


class SupportsLen(Protocol[T]):
    def get(self) -> T: ...


print(SupportsLen.__parameters__, SupportsLen[int])
print(List[int] is List[int], Dict[str, T][int] == Dict[str, int], hash(List[int]) == hash(List[int]))

# expect: typing.Dict[str, int] typing.Dict[str, int] (~K, ~V)
# expect: typing.List[typing.List[int]] (~T,) ()
# expect: typing.Optional[int] typing.Union[str, int] <class 'int'> typing.Union[int, typing.List[str]]
# expect: typing.Tuple[int, ...] typing.Tuple[str, str] typing.Tuple[int, str] typing.Type[int]
# expect: typing.Mapping[str, typing.List[int]] typing.Iterable[typing.Tuple[str, int]]
# expect: typing.Callable[[int], typing.List[int]] typing.Dict[str, list[int]]
# expect: typing.Tuple[int, str, float] typing.Tuple[int] (~T, Ts)
# expect: TypeError: Too many arguments for typing.Dict[~T, int]; actual 2, expected 1
# expect: TypeError: typing.Dict[str, int] is not a generic class
# expect: TypeError: Too few arguments for typing.Dict[~K, ~V]; actual 1, expected 2
# expect: TypeError: Too many arguments for typing.List; actual 2, expected 1
# expect: TypeError: Cannot subscript already-subscripted typing.Generic[~T]
# expect: typing.Tuple[int, str]
# expect: __main__.Pair[str, int] __main__.Pair[str, int] (~V,) __main__.StrPair[float]
# expect: (__main__.Pair[str, ~V],) (~K, ~V) (<class 'str'>, <class 'int'>)
# expect: a 1 __main__.Pair[str, int] Pair
# expect: TypeError: Too few arguments for <class '__main__.Pair'>; actual 1, expected 2
# expect: TypeError: Too many arguments for <class '__main__.Pair'>; actual 3, expected 2
# expect: TypeError: Parameters to Generic[...] must all be type variables or parameter specification variables.
# expect: TypeError: Parameters to Generic[...] must all be unique
# expect: TypeError: Parameter list to Generic[...] cannot be empty
# expect: TypeError: __main__.StrPair[int] is not a generic class
# expect: TypeError: Some type variables (~V) are not listed in Generic[~K]
# expect: TypeError: Cannot inherit from plain Generic
# expect: (<class '__main__.MyList'>, <class 'list'>, <class 'typing.Generic'>, <class 'object'>) (~T,) __main__.MyList[int] [1, 2]
# expect: (~V,) __main__.Store[int] {'a': 1}
# expect: (~T,) __main__.SupportsLen[int]
# expect: True True True
