# Small pieces of 3.11's API: operator.call and the in-place operator functions,
# typing's newer special forms and helpers, logging.getLevelNamesMapping,
# inspect.get_annotations.
import inspect
import logging
import operator
import typing
from typing import TypedDict, Required, NotRequired, TypeGuard, Concatenate

print(operator.call(max, 1, 5, key=None))
a = {1}
print(operator.ior(a, {2}), a, operator.iand({1, 2}, {2}), operator.ixor(5, 1),
      operator.ilshift(1, 3), operator.irshift(16, 2))
try:
    operator.imatmul(1, 2)
except TypeError as e:
    print("TypeError:", e)

print(Required, NotRequired[int], TypeGuard[int], Concatenate)


class Movie(TypedDict):
    title: str


print(typing.is_typeddict(Movie), typing.is_typeddict(dict))
try:
    typing.assert_never(42)
except AssertionError as e:
    print("AssertionError:", e)
print(typing.assert_type(3, int))


@typing.dataclass_transform()
def model(cls):
    return cls


print(model.__dataclass_transform__["eq_default"])
m = logging.getLevelNamesMapping()
print(m["INFO"], m["WARN"], sorted(m))


def f(x: int, y: "str" = "") -> bool:
    return True


class C:
    a: int
    b: "list"


print(inspect.get_annotations(f), inspect.get_annotations(C), inspect.get_annotations(C, eval_str=True))
print(inspect.get_annotations(inspect))

# expect: 5
# expect: {1, 2} {1, 2} {2} 4 8 4
# expect: TypeError: unsupported operand type(s) for @=: 'int' and 'int'
# expect: typing.Required typing.NotRequired[int] typing.TypeGuard[int] typing.Concatenate
# expect: True False
# expect: AssertionError: Expected code to be unreachable, but got: 42
# expect: 3
# expect: True
# expect: 20 30 ['CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'INFO', 'NOTSET', 'WARN', 'WARNING']
# expect: {'x': <class 'int'>, 'y': 'str', 'return': <class 'bool'>} {'a': <class 'int'>, 'b': 'list'} {'a': <class 'int'>, 'b': <class 'list'>}
# expect: {}
