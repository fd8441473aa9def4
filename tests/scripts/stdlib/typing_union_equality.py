# typing's Union and Optional equal `X | Y` unions with the same members in any order (and
# hash alike); a union inside Union[...] is flattened.
from typing import Optional, Union

print((int | None) == Optional[int], Optional[int] == (int | None), (int | str) == Union[int, str])
# expect: True True True
print(Union[str, int] == Union[int, str], Union[int, str] == (str | int), Union[int, str] != (int | float))
# expect: True True True
print(hash(int | None) == hash(Optional[int]), hash(Union[int, str]) == hash(str | int))  # expect: True True
print({int | str: "x"}[Union[str, int]], len({Optional[int], int | None, Union[None, int]}))  # expect: x 1
print(Union[int | str, float], Union[Optional[int], str], Union[int, Union[str, bytes]])
# expect: typing.Union[int, str, float] typing.Union[int, NoneType, str] typing.Union[int, str, bytes]
print(Optional[int] == Optional[str], Union[int, str] == int, Optional[int] == None)
# expect: False False False
