# functools.singledispatch with implementations registered for abstract base classes
# (Mapping, Sequence, Iterable): a dict, list, str, set or range finds the most specific;
# CPython's output.
from functools import singledispatch
from collections.abc import Mapping, Sequence, Iterable, MutableMapping
import collections
@singledispatch
def f(x): return "default"
@f.register
def _(x: Mapping): return "mapping"
@f.register
def _(x: Sequence): return "sequence"
@f.register
def _(x: int): return "int"
@f.register(Iterable)
def _(x): return "iterable"
print(f({}), f([]), f("s"), f((1,)), f(3), f(True), f(2.5), f({1}), f(collections.OrderedDict()), f(range(2)), f(iter([])))
class MyMap(MutableMapping):
    def __getitem__(s, k): return 1
    def __setitem__(s, k, v): pass
    def __delitem__(s, k): pass
    def __iter__(s): return iter(())
    def __len__(s): return 0
print(f(MyMap()))
print(f.dispatch(dict).__name__, sorted(k.__name__ for k in f.registry))

# expect: mapping sequence sequence sequence int int default iterable mapping sequence iterable
# expect: mapping
# expect: _ ['Iterable', 'Mapping', 'Sequence', 'int', 'object']
