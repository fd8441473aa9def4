# Callable with a ParamSpec: the decorator idiom of the docs (Callable[P, R], P.args,
# P.kwargs, Concatenate), its reprs, get_args/get_origin and substitution, as CPython's.
import functools
from typing import Callable, Concatenate, ParamSpec, TypeVar, get_args, get_origin, get_type_hints

P = ParamSpec('P')
R = TypeVar('R')
T = TypeVar('T')


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


def with_request(f: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f('request', *args, **kwargs)
    return inner


@with_request
def handler(request: str, times: int) -> str:
    return request * times


print(add(1, b=5), add.__name__)
print(handler(2))
print(get_type_hints(logged))
print(get_type_hints(with_request))
print(get_type_hints(add))

# reprs and the parts
print(P, P.args, P.kwargs, P.__name__, type(P.args).__name__, type(P.kwargs).__name__)
print(P.args.__origin__ is P, P.args == P.args, P.kwargs == P.kwargs, P.args == P.kwargs)
print(get_origin(P.args), get_origin(P.kwargs))
c = Callable[P, R]
print(c, c.__args__, c.__parameters__, get_args(c), get_origin(c))
cc = Callable[Concatenate[int, P], int]
print(cc, get_args(cc), cc.__parameters__)
conc = Concatenate[int, str, P]
print(conc, get_origin(conc), get_args(conc), conc.__parameters__)
print(Concatenate[int, ...], Callable[Concatenate[int, ...], str])
print(Callable[..., int], get_args(Callable[..., int]))
print(Callable[[], int], get_args(Callable[[], int]))
print(Callable[[int, str], float], get_args(Callable[[int, str], float]))
print(Callable[[int], None], Callable[P, R] == Callable[P, R], hash(c) == hash(Callable[P, R]))

# substitution
print(c[[int, str], bool])
print(c[..., bool])
print(c[P, str])
print(Callable[P, int][[int]])
print(Callable[Concatenate[int, P], R][[str], bool])
print(Callable[Concatenate[int, P], R][..., bool])
print(Callable[Concatenate[int, P], R][Concatenate[str, P], bool])
print(Callable[[T], list[T]][int], Callable[[T, int], T].__parameters__)
P2 = ParamSpec('P2', covariant=True)
print(P2, Callable[P, int][P2], P.__bound__, P.__covariant__, P.__contravariant__)

# errors
for make in (lambda: Concatenate[int], lambda: Concatenate[()], lambda: c[int],
             lambda: Callable[int], lambda: c[1, 2]):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

# expect: calling add (1,) {'b': 5}
# expect: 6 add
# expect: requestrequest
# expect: {'func': typing.Callable[~P, ~R], 'return': typing.Callable[~P, ~R]}
# expect: {'f': typing.Callable[typing.Concatenate[str, ~P], ~R], 'return': typing.Callable[~P, ~R]}
# expect: {'a': <class 'int'>, 'b': <class 'int'>, 'return': <class 'int'>}
# expect: ~P P.args P.kwargs P ParamSpecArgs ParamSpecKwargs
# expect: True True True False
# expect: ~P ~P
# expect: typing.Callable[~P, ~R] (~P, ~R) (~P, ~R) (~P, ~R) <class 'collections.abc.Callable'>
# expect: typing.Callable[typing.Concatenate[int, ~P], int] (typing.Concatenate[int, ~P], <class 'int'>) (~P,)
# expect: typing.Concatenate[int, str, ~P] typing.Concatenate (<class 'int'>, <class 'str'>, ~P) (~P,)
# expect: typing.Concatenate[int, ...] typing.Callable[typing.Concatenate[int, ...], str]
# expect: typing.Callable[..., int] (Ellipsis, <class 'int'>)
# expect: typing.Callable[[], int] ([], <class 'int'>)
# expect: typing.Callable[[int, str], float] ([<class 'int'>, <class 'str'>], <class 'float'>)
# expect: typing.Callable[[int], NoneType] True True
# expect: typing.Callable[[int, str], bool]
# expect: typing.Callable[..., bool]
# expect: typing.Callable[~P, str]
# expect: typing.Callable[[int], int]
# expect: typing.Callable[[int, str], bool]
# expect: typing.Callable[typing.Concatenate[int, ...], bool]
# expect: typing.Callable[typing.Concatenate[int, str, ~P], bool]
# expect: typing.Callable[[int], list[int]] (~T,)
# expect: +P2 typing.Callable[+P2, int] None False False
# expect: TypeError: The last parameter to Concatenate should be a ParamSpec variable or ellipsis.
# expect: TypeError: Cannot take a Concatenate of no types.
# expect: TypeError: Too few arguments for typing.Callable[~P, ~R]; actual 1, expected 2
# expect: TypeError: Callable must be used as Callable[[arg, ...], result].
# expect: TypeError: Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got 1
