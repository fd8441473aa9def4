# defaultdict, Counter and OrderedDict are dicts, namedtuples are tuples (isinstance, json,
# copying, slicing, ordering, CPython's messages); copying instances of classes derived from
# built-in types; the output CPython 3.11 printed.
from collections import defaultdict, Counter, OrderedDict, namedtuple
import copy, json
d = defaultdict(list); d["a"].append(1); c = Counter("hello"); o = OrderedDict(a=1, b=2)
print(isinstance(d, dict), isinstance(c, dict), isinstance(o, dict), json.dumps(c, sort_keys=True), dict(d), c["zz"], len(c))
print(copy.deepcopy(d), copy.copy(c), copy.copy(o), o == {"a": 1, "b": 2}, o == OrderedDict(b=2, a=1), {"a": 1, "b": 2} == o)
P = namedtuple("P", "x y")
p = P(1, [2])
print(isinstance(p, tuple), p + (3,), p[:1], copy.deepcopy(p), len(p), p.x, P._make([5, 6]), sorted([P(2, 0), P(1, 9)]), hash(P(1, 2)) == hash((1, 2)))
for f in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: p._replace(z=1), lambda: P._make([1])):
    try: f()
    except Exception as e: print(type(e).__name__, e)
class L(list): pass
l = L([1, [2]]); l.tag = "t"
print(copy.deepcopy(l), copy.deepcopy(l).tag, copy.deepcopy(l)[1] is l[1], copy.copy(l)[1] is l[1])
# expect: True True True {"e": 1, "h": 1, "l": 2, "o": 1} {'a': [1]} 0 4
# expect: defaultdict(<class 'list'>, {'a': [1]}) Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1}) OrderedDict([('a', 1), ('b', 2)]) True False True
# expect: True (1, [2], 3) (1,) P(x=1, y=[2]) 2 1 P(x=5, y=6) [P(x=1, y=9), P(x=2, y=0)] True
# expect: TypeError P.__new__() missing 1 required positional argument: 'y'
# expect: TypeError P.__new__() takes 3 positional arguments but 4 were given
# expect: TypeError P.__new__() got an unexpected keyword argument 'z'
# expect: TypeError P.__new__() got multiple values for argument 'x'
# expect: ValueError Got unexpected field names: ['z']
# expect: TypeError Expected 2 arguments, got 1
# expect: [1, [2]] t False True
