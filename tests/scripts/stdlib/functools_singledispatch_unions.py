# functools.singledispatch registers union types (int | str, typing.Union[...], Optional)
# for each of their classes, from an annotation or an argument, as CPython 3.11; errors for
# what cannot be dispatched on.
import functools
from typing import Union, Optional


@functools.singledispatch
def f(x):
    return 'default'


@f.register
def _(x: int | str):
    return 'int|str'


@f.register(float | complex)
def _(x):
    return 'float|complex'


@f.register
def _(x: Union[list, tuple]):
    return 'list|tuple'


@f.register(Union[bytes, bytearray])
def _(x):
    return 'bytes'


@f.register
def _(x: "dict"):
    return 'dict'


for v in (1, 'a', 1.5, 2j, [1], (1,), b'x', bytearray(), {}, None, True):
    print(repr(v), f(v))
print(sorted(k.__name__ for k in f.registry))
print(type(f.registry).__name__)
try:
    @f.register
    def _(x: list[int]):
        pass
except TypeError as e:
    print(e)
try:
    @f.register
    def _(x: int | list[int]):
        pass
except TypeError as e:
    print(e)
try:
    @f.register
    def _(x: Union[int, list[int]]):
        pass
except TypeError as e:
    print(e)
try:
    f.register(list[int], lambda x: 1)
except TypeError as e:
    print(e)
try:
    f.register(3)
except TypeError as e:
    print(e)


@f.register
def _(x: Optional[set]):
    return 'set or None'


print(f(None), f({1}), f(frozenset()))
try:
    f()
except TypeError as e:
    print(e)


class A:
    @functools.singledispatchmethod
    def m(self, x):
        return 'dflt'

    @m.register
    def _(self, x: int | float):
        return 'num'


print(A().m(1), A().m(2.0), A().m('s'))
print(f.dispatch(bool).__name__, f.dispatch(object).__name__)

# expect: 1 int|str
# expect: 'a' int|str
# expect: 1.5 float|complex
# expect: 2j float|complex
# expect: [1] list|tuple
# expect: (1,) list|tuple
# expect: b'x' bytes
# expect: bytearray(b'') bytes
# expect: {} dict
# expect: None default
# expect: True int|str
# expect: ['bytearray', 'bytes', 'complex', 'dict', 'float', 'int', 'list', 'object', 'str', 'tuple']
# expect: mappingproxy
# expect: Invalid annotation for 'x'. list[int] is not a class.
# expect: Invalid annotation for 'x'. int | list[int] not all arguments are classes.
# expect: Invalid annotation for 'x'. typing.Union[int, list[int]] not all arguments are classes.
# expect: Invalid first argument to `register()`. list[int] is not a class or union type.
# expect: Invalid first argument to `register()`: 3. Use either `@register(some_class)` or plain `@register` on an annotated function.
# expect: set or None set or None default
# expect: f requires at least 1 positional argument
# expect: num num dflt
# expect: _ f
