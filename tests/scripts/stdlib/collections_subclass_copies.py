# Copies, new_child and parents of OrderedDict, defaultdict, Counter and ChainMap subclasses
# are of the subclass, as CPython's.
from collections import *
import copy
class LRU(OrderedDict): pass
class B(defaultdict): pass
class C(Counter): pass
class M(ChainMap): pass
print(LRU(a=1).copy(), B(int, a=1).copy(), C('ab').copy(), copy.copy(LRU(a=1)), copy.copy(C('a')))
m = M({'a': 1}, {'b': 2})
print(m.new_child(), m.new_child({'c': 3}), m.new_child(d=4), m.parents, m.copy(), copy.copy(m))
n = m.new_child({'x': 1}, y=2); print(n, type(n).__name__)
c = ChainMap({'a': [1]}); c2 = c.copy(); c2['z'] = 1; print(c, c2, c2.maps[0] is c.maps[0])

# expect: LRU([('a', 1)]) B(<class 'int'>, {'a': 1}) C({'a': 1, 'b': 1}) LRU([('a', 1)]) C({'a': 1})
# expect: M({}, {'a': 1}, {'b': 2}) M({'c': 3}, {'a': 1}, {'b': 2}) M({'d': 4}, {'a': 1}, {'b': 2}) M({'b': 2}) M({'a': 1}, {'b': 2}) M({'a': 1}, {'b': 2})
# expect: M({'x': 1, 'y': 2}, {'a': 1}, {'b': 2}) M
# expect: ChainMap({'a': [1]}) ChainMap({'a': [1], 'z': 1}) False
