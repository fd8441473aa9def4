# typing.__all__ names what CPython 3.11's does, so `from typing import *` brings ParamSpec,
# ForwardRef, TypeVarTuple, ContextManager and the rest; each name is defined.
import typing

names = sorted(typing.__all__)
print(len(names))
for start in range(0, len(names), 10):
    print(' '.join(names[start:start + 10]))
print([n for n in names if not hasattr(typing, n)])

ns = {}
exec('from typing import *', ns)
print(sorted(n for n in ns if n != '__builtins__') == names)
for n in ('ParamSpec', 'ForwardRef', 'TypeVarTuple', 'ContextManager', 'AsyncContextManager',
          'ParamSpecArgs', 'ParamSpecKwargs', 'ChainMap', 'SupportsRound', 'SupportsBytes',
          'SupportsComplex', 'get_overloads', 'clear_overloads', 'no_type_check_decorator'):
    print(n, n in ns)

# the newly exported names at work
print(typing.ForwardRef('int'), typing.ForwardRef('List[int]', module='m'))
Ts = typing.TypeVarTuple('Ts')
print(Ts, typing.Tuple[int, typing.Unpack[Ts]], typing.Tuple[int, typing.Unpack[Ts]][str, float])
print(typing.ContextManager[int], typing.AsyncContextManager[str], typing.ChainMap[str, int])
print(typing.ContextManager.__origin__, typing.ChainMap(), typing.get_origin(typing.ChainMap[str, int]))
print(typing.SupportsRound, typing.SupportsRound[int], isinstance(1.5, typing.SupportsRound))
print(isinstance(1 + 2j, typing.SupportsComplex), isinstance('x', typing.SupportsComplex))
print(isinstance(3, typing.SupportsInt), isinstance(3, typing.SupportsIndex), isinstance(3.0, typing.SupportsIndex))
print(issubclass(float, typing.SupportsFloat), issubclass(str, typing.SupportsAbs))

@typing.overload
def double(x: int) -> int: ...
@typing.overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

print(double(2), double('ab'), len(typing.get_overloads(double)))
print([typing.get_type_hints(f) for f in typing.get_overloads(double)])
try:
    typing.get_overloads(double)[0](1)
except NotImplementedError as e:
    print('NotImplementedError:', e)
typing.clear_overloads()
print(typing.get_overloads(double))

def decorate(func):
    return func

unchecked = typing.no_type_check_decorator(decorate)

@unchecked
def f(x: 'not a type') -> int:
    return x

print(f(3), f.__no_type_check__, typing.get_type_hints(f))

# expect: 97
# expect: AbstractSet Annotated Any AnyStr AsyncContextManager AsyncGenerator AsyncIterable AsyncIterator Awaitable BinaryIO
# expect: ByteString Callable ChainMap ClassVar Collection Concatenate Container ContextManager Coroutine Counter
# expect: DefaultDict Deque Dict Final ForwardRef FrozenSet Generator Generic Hashable IO
# expect: ItemsView Iterable Iterator KeysView List Literal LiteralString Mapping MappingView Match
# expect: MutableMapping MutableSequence MutableSet NamedTuple Never NewType NoReturn NotRequired Optional OrderedDict
# expect: ParamSpec ParamSpecArgs ParamSpecKwargs Pattern Protocol Required Reversible Self Sequence Set
# expect: Sized SupportsAbs SupportsBytes SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound TYPE_CHECKING Text
# expect: TextIO Tuple Type TypeAlias TypeGuard TypeVar TypeVarTuple TypedDict Union Unpack
# expect: ValuesView assert_never assert_type cast clear_overloads dataclass_transform final get_args get_origin get_overloads
# expect: get_type_hints is_typeddict no_type_check no_type_check_decorator overload reveal_type runtime_checkable
# expect: []
# expect: True
# expect: ParamSpec True
# expect: ForwardRef True
# expect: TypeVarTuple True
# expect: ContextManager True
# expect: AsyncContextManager True
# expect: ParamSpecArgs True
# expect: ParamSpecKwargs True
# expect: ChainMap True
# expect: SupportsRound True
# expect: SupportsBytes True
# expect: SupportsComplex True
# expect: get_overloads True
# expect: clear_overloads True
# expect: no_type_check_decorator True
# expect: ForwardRef('int') ForwardRef('List[int]', module='m')
# expect: Ts typing.Tuple[int, *Ts] typing.Tuple[int, str, float]
# expect: typing.ContextManager[int] typing.AsyncContextManager[str] typing.ChainMap[str, int]
# expect: <class 'contextlib.AbstractContextManager'> ChainMap({}) <class 'collections.ChainMap'>
# expect: <class 'typing.SupportsRound'> typing.SupportsRound[int] True
# expect: True False
# expect: True True False
# expect: True False
# expect: 4 abab 2
# expect: [{'x': <class 'int'>, 'return': <class 'int'>}, {'x': <class 'str'>, 'return': <class 'str'>}]
# expect: []
# expect: 3 True {}
