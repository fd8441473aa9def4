# typing: get_args of a Callable gives its parameters as a list; a TypedDict knows its required
# and optional keys (total=False, inherited).
from typing import Callable, TypedDict, get_args, get_origin, Dict, List, Optional, Union
import collections.abc
print(Callable[[int], str].__args__, get_args(Callable[[int], str]), get_args(Callable[..., str]), get_origin(Callable[[int], str]))
print(get_args(Callable[[], int]), get_args(collections.abc.Callable[[int, float], str]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(List[int]), get_args(int))
class M(TypedDict, total=False):
    a: int
class N(M):
    b: str
print(M.__optional_keys__, M.__required_keys__, M.__total__)
print(sorted(N.__optional_keys__), sorted(N.__required_keys__), N.__total__, N.__annotations__)
P = TypedDict("P", {"x": int}, total=False)
print(P.__optional_keys__, P.__required_keys__)

# expect: (<class 'int'>, <class 'str'>) ([<class 'int'>], <class 'str'>) (Ellipsis, <class 'str'>) <class 'collections.abc.Callable'>
# expect: ([], <class 'int'>) ([<class 'int'>, <class 'float'>], <class 'str'>)
# expect: (<class 'str'>, <class 'int'>) (<class 'int'>, <class 'NoneType'>) (<class 'int'>,) ()
# expect: frozenset({'a'}) frozenset() False
# expect: ['a'] ['b'] True {'a': <class 'int'>, 'b': <class 'str'>}
# expect: frozenset({'x'}) frozenset()
