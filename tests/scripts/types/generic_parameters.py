# A class statement keeps bases replaced by __mro_entries__ in __orig_bases__, and Generic
# classes know their type variables (__parameters__), as CPython's.
from typing import Generic, TypeVar, List, Dict
T = TypeVar('T'); U = TypeVar('U')
class S(Generic[T]):
    def __init__(self): self.items: List[T] = []
class P(S[U], Generic[U, T]): pass
class Q(S[int]): pass
class M(Dict[str, T], Generic[T]): pass
print(S.__orig_bases__, S[int], S.__parameters__, P.__parameters__, Q.__parameters__, M.__parameters__, T, T.__name__)
print(P.__orig_bases__, "__orig_bases__" in Q.__dict__, S().items, issubclass(Q, S), isinstance(P(), Generic))
class Plain(S): pass
print("__orig_bases__" in Plain.__dict__, Plain.__parameters__)

# expect: (typing.Generic[~T],) __main__.S[int] (~T,) (~U, ~T) () (~T,) ~T T
# expect: (__main__.S[~U], typing.Generic[~U, ~T]) True [] True True
# expect: False ()
