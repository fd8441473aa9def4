# Literal: equality and hash ignore the order of the values, repeated values are dropped
# (a value repeats only with the same type: 1, True and 1.0 stay apart), nested Literals
# flatten; as CPython's.
from typing import Literal, Optional, Union, get_args, get_origin, get_type_hints

print(Literal['a', 'b'] == Literal['b', 'a'], Literal['a', 'b'] != Literal['b', 'a'])
print(hash(Literal['a', 'b']) == hash(Literal['b', 'a']), len({Literal[1, 2], Literal[2, 1]}))
print({Literal['r', 'w']: 'mode'}[Literal['w', 'r']])
print(Literal[1, 2] == Literal[1, 2, 3], Literal[1] == Literal[True], Literal[0] == Literal[False])
print(Literal[1, 2, 1], Literal['a', 'b', 'a', 'b'], Literal[None, None], Literal[1, 2, 1] == Literal[1, 2])
print(Literal[1, True, 1.0, 0, False, 1], get_args(Literal[1, True, 1]))
print(Literal[Literal[1, 2], 3], Literal[Literal['x'], Literal['y', 'x']])
print(Literal['a'], Literal[b'b'], Literal[-1], Literal[None], Literal[...])
print(get_origin(Literal[1]), get_args(Literal['x', 'y']), Literal[1, 2].__args__)
print(Literal[[1], [1]], Literal[{'k': 1}])
print(Union[Literal[1], Literal[2]], Optional[Literal['x', 'y']])
print(Literal[1] is Literal[1], Literal[1] is Literal[True], Literal['a', 'b'] is Literal['a', 'b'])

Mode = Literal['r', 'w', 'a']


def open_file(path: str, mode: Mode = 'r') -> Literal[True]:
    return True


print(get_type_hints(open_file))
print(Mode.__args__, 'w' in get_args(Mode), 'x' in get_args(Mode))
try:
    isinstance('r', Mode)
except TypeError as e:
    print('TypeError:', e)
try:
    Literal()
except TypeError as e:
    print('TypeError:', e)

# expect: True False
# expect: True 1
# expect: mode
# expect: False False False
# expect: typing.Literal[1, 2] typing.Literal['a', 'b'] typing.Literal[None] True
# expect: typing.Literal[1, True, 1.0, 0, False] (1, True)
# expect: typing.Literal[1, 2, 3] typing.Literal['x', 'y']
# expect: typing.Literal['a'] typing.Literal[b'b'] typing.Literal[-1] typing.Literal[None] typing.Literal[...]
# expect: typing.Literal ('x', 'y') (1, 2)
# expect: typing.Literal[[1], [1]] typing.Literal[{'k': 1}]
# expect: typing.Union[typing.Literal[1], typing.Literal[2]] typing.Optional[typing.Literal['x', 'y']]
# expect: True False True
# expect: {'path': <class 'str'>, 'mode': typing.Literal['r', 'w', 'a'], 'return': typing.Literal[True]}
# expect: ('r', 'w', 'a') True False
# expect: TypeError: Subscripted generics cannot be used with class and instance checks
# expect: TypeError: Cannot instantiate typing.Literal
