# collections.abc: which ABCs the built-in types and collections' containers belong to,
# and the mixin methods a MutableMapping, Sequence or MutableSet subclass gets for free.
from collections.abc import *
import collections.abc
import collections
def gen(): yield 1
async def co(): pass
for x in ([], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), iter([]), gen(), len, lambda: 0, 3, 3.5, None, {}.keys(), {}.values(), {}.items(), collections.deque(), collections.OrderedDict(), collections.Counter()):
    print(type(x).__name__, [a.__name__ for a in (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, ByteString, MappingView, KeysView) if isinstance(x, a)])
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap()
m['a'] = 1; m.update(b=2, c=3); m.setdefault('d', 4)
print(len(m), 'a' in m, m.get('z', 9), list(m.keys()), list(m.items()), list(m.values()), m.pop('a'), m == {'b': 2, 'c': 3, 'd': 4})
print(m.keys() & {'b', 'x'}, m.popitem(), isinstance(m, dict), isinstance(m, Mapping))
class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * i
    def __len__(self): return self.n
s = Seq(5)
print(list(s), 3 in s, 4 in s, list(reversed(s)), s.index(9), s.count(4))
class S(MutableSet):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
a = S([1, 2, 3]); b = S([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), sorted(a ^ b), a <= S([1,2,3,4]), a == S([3,2,1]), a.isdisjoint([7]))
a |= [9]; print(list(a))
try:
    Seq.__abstractmethods__, Sequence()
except TypeError as e:
    print(e)
print(Iterable[int], collections.abc.Callable, Sequence.__module__)
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Iterable), issubclass(It, Sized))
print(isinstance(co, Callable))
c = co()
print(isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()

# expect: list ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence']
# expect: tuple ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence']
# expect: dict ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Mapping', 'MutableMapping']
# expect: set ['Iterable', 'Sized', 'Container', 'Collection', 'Set', 'MutableSet']
# expect: frozenset ['Hashable', 'Iterable', 'Sized', 'Container', 'Collection', 'Set']
# expect: str ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence']
# expect: bytes ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence', 'ByteString']
# expect: bytearray ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence', 'ByteString']
# expect: range ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence']
# expect: list_iterator ['Hashable', 'Iterable', 'Iterator']
# expect: generator ['Hashable', 'Iterable', 'Iterator', 'Generator']
# expect: builtin_function_or_method ['Hashable', 'Callable']
# expect: function ['Hashable', 'Callable']
# expect: int ['Hashable']
# expect: float ['Hashable']
# expect: NoneType ['Hashable']
# expect: dict_keys ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Set', 'MappingView', 'KeysView']
# expect: dict_values ['Hashable', 'Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'MappingView']
# expect: dict_items ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Set', 'MappingView']
# expect: deque ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence']
# expect: OrderedDict ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Mapping', 'MutableMapping']
# expect: Counter ['Iterable', 'Reversible', 'Sized', 'Container', 'Collection', 'Mapping', 'MutableMapping']
# expect: 4 True 9 ['a', 'b', 'c', 'd'] [('a', 1), ('b', 2), ('c', 3), ('d', 4)] [1, 2, 3, 4] 1 True
# expect: {'b'} ('b', 2) False True
# expect: [0, 1, 4, 9, 16] False True [16, 9, 4, 1, 0] 3 1
# expect: [2, 3] [1, 2, 3, 4] [1] [1, 4] True True True
# expect: [1, 2, 3, 9]
# expect: Can't instantiate abstract class Sequence with abstract methods __getitem__, __len__
# expect: collections.abc.Iterable[int] <class 'collections.abc.Callable'> collections.abc
# expect: True True False
# expect: True True False
# expect: True
# expect: True True
