# Annotated[T, x]: __origin__ is T and __metadata__ the extras; nested ones flatten;
# get_type_hints drops the metadata unless include_extras=True, as CPython's.
from typing import (Annotated, Dict, List, Optional, TypeVar, get_args, get_origin,
                    get_type_hints)

T = TypeVar('T')
A = Annotated[int, 'meta']
print(A, A.__metadata__, A.__origin__, A.__args__)
print(get_origin(A), get_args(A), A.__name__)
print(Annotated[Annotated[int, 1], 2], Annotated[Annotated[int, 1], 2].__metadata__)
print(A == Annotated[int, 'meta'], A == Annotated[int, 'other'], A == int,
      hash(A) == hash(Annotated[int, 'meta']))
print(Annotated[List[T], 'x'][str], Annotated[Optional[T], 'y'].__parameters__)
print(Annotated[int, {'a': 1}, [2]].__metadata__)
print(A(7), Annotated)
print(List[Annotated[str, 'name']], Optional[Annotated[int, 0]])


def f(x: Annotated[int, 'positive'], y: List[Annotated[str, 'label']],
      z: Optional[Annotated[float, 'ratio']] = None) -> Annotated[Dict[str, int], 'result']:
    pass


print(f.__annotations__['x'].__metadata__)
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))


class Record:
    id: Annotated[int, 'primary key']
    name: 'Annotated[str, "max 10"]'
    tags: List['Annotated[str, 1]']


print(get_type_hints(Record))
print(get_type_hints(Record, include_extras=True))

for make in (lambda: Annotated[int], lambda: Annotated(), lambda: Annotated[()]):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Sub(Annotated):
        pass
except TypeError as e:
    print('TypeError:', e)

# expect: typing.Annotated[int, 'meta'] ('meta',) <class 'int'> (<class 'int'>,)
# expect: <class 'typing.Annotated'> (<class 'int'>, 'meta') Annotated
# expect: typing.Annotated[int, 1, 2] (1, 2)
# expect: True False False True
# expect: typing.Annotated[typing.List[str], 'x'] (~T,)
# expect: ({'a': 1}, [2])
# expect: 7 <class 'typing.Annotated'>
# expect: typing.List[typing.Annotated[str, 'name']] typing.Optional[typing.Annotated[int, 0]]
# expect: ('positive',)
# expect: {'x': <class 'int'>, 'y': typing.List[str], 'z': typing.Optional[float], 'return': typing.Dict[str, int]}
# expect: {'x': typing.Annotated[int, 'positive'], 'y': typing.List[typing.Annotated[str, 'label']], 'z': typing.Optional[typing.Annotated[float, 'ratio']], 'return': typing.Annotated[typing.Dict[str, int], 'result']}
# expect: {'id': <class 'int'>, 'name': <class 'str'>, 'tags': typing.List[str]}
# expect: {'id': typing.Annotated[int, 'primary key'], 'name': typing.Annotated[str, 'max 10'], 'tags': typing.List[typing.Annotated[str, 1]]}
# expect: TypeError: Annotated[...] should be used with at least two arguments (a type and an annotation).
# expect: TypeError: Type Annotated cannot be instantiated.
# expect: TypeError: Annotated[...] should be used with at least two arguments (a type and an annotation).
# expect: TypeError: Cannot subclass __main__.Annotated
