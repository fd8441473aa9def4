# Subclasses of OrderedDict, defaultdict, Counter, ChainMap and deque show their own class
# name in their repr, as CPython's; a container inside itself shows as '...'.
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque


class LRU(OrderedDict):
    pass


class B(defaultdict):
    pass


class C(Counter):
    pass


class M(ChainMap):
    pass


class D(deque):
    pass


print(LRU(a=1), LRU(), repr(LRU([('x', [1])])))
print(B(int, {'a': 1}), B(), B(list))
print(C('aab'), C(), C({'z': 1, 'y': 3}))
print(M({'a': 1}, {'b': 2}), M())
print(D([1, 2]), D([1, 2], maxlen=3), D(), deque([1], maxlen=2))
print(OrderedDict(b=2, a=1), defaultdict(None), Counter('hello'), ChainMap({1: 2}))
d = OrderedDict()
d['self'] = d
print(d)
dd = defaultdict(list)
dd['self'] = dd
print(dd)
cm = ChainMap()
cm['self'] = cm
print(cm)
lru = LRU(k=1)
lru['me'] = lru
print(lru)
print(Counter({'a': 'x', 'b': 1.5j}) if False else Counter({'a': 2, 'b': 1.5}))
try:
    print(Counter({'a': 1, 'b': 'x'}))
except TypeError as e:
    print('TypeError', e)
print(str(C(a=3)), repr(B(str, x='y')))

# expect: LRU([('a', 1)]) LRU() LRU([('x', [1])])
# expect: B(<class 'int'>, {'a': 1}) B(None, {}) B(<class 'list'>, {})
# expect: C({'a': 2, 'b': 1}) C() C({'y': 3, 'z': 1})
# expect: M({'a': 1}, {'b': 2}) M({})
# expect: D([1, 2]) D([1, 2], maxlen=3) D([]) deque([1], maxlen=2)
# expect: OrderedDict([('b', 2), ('a', 1)]) defaultdict(None, {}) Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1}) ChainMap({1: 2})
# expect: OrderedDict([('self', ...)])
# expect: defaultdict(<class 'list'>, {'self': defaultdict(<class 'list'>, {...})})
# expect: ChainMap({'self': ...})
# expect: LRU([('k', 1), ('me', ...)])
# expect: Counter({'a': 2, 'b': 1.5})
# expect: Counter({'a': 1, 'b': 'x'})
# expect: C({'a': 3}) B(<class 'str'>, {'x': 'y'})
