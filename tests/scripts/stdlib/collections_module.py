# collections: deque with maxlen and rotate, defaultdict, Counter with its arithmetic,
# OrderedDict, namedtuple with defaults, ChainMap; the output CPython 3.11 printed.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, d.popleft(), d.pop(), len(d), d[0], 3 in d)
d2 = deque(range(6)); d2.rotate(2); print(d2); d2.rotate(-3); print(d2, list(reversed(d2)))
dd = defaultdict(int)
for w in "the cat the hat the".split(): dd[w] += 1
print(dd, dict(dd), sorted(dd.items()), dd["missing"], len(dd))
dl = defaultdict(list); dl["a"].append(1); dl["a"].append(2); print(dl)
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements())[:4])
c.update("aa"); c.subtract({"b": 1}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=5), Counter(a=3, b=2) & Counter(a=1))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)]); od.move_to_end("a"); print(od, od.popitem(), od.popitem(last=False), od)
P = namedtuple("Point", "x y"); p = P(1, y=2); print(p, p.x, p[1], tuple(p), p._asdict(), p._replace(x=5), P._fields, p == (1, 2))
x, y = p; print(x + y, hash(p) == hash((1, 2)))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 9]); print(Q(1), Q._field_defaults)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm))
# expect: deque([2, 3], maxlen=4) 0 4 2 2 True
# expect: deque([4, 5, 0, 1, 2, 3])
# expect: deque([1, 2, 3, 4, 5, 0]) [0, 5, 4, 3, 2, 1]
# expect: defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'hat': 1, 'missing': 0}) {'the': 3, 'cat': 1, 'hat': 1} [('cat', 1), ('hat', 1), ('the', 3)] 0 4
# expect: defaultdict(<class 'list'>, {'a': [1, 2]})
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0 11 ['a', 'a', 'a', 'a']
# expect: Counter({'a': 7, 'r': 2, 'b': 1, 'c': 1, 'd': 1})
# expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2}) Counter({'a': 5}) Counter({'a': 1})
# expect: OrderedDict([('c', 3)]) ('a', 1) ('b', 2) OrderedDict([('c', 3)])
# expect: Point(x=1, y=2) 1 2 (1, 2) {'x': 1, 'y': 2} Point(x=5, y=2) ('x', 'y') True
# expect: 3 True
# expect: Q(a=1, b=0, c=9) {'b': 0, 'c': 9}
# expect: 1 3 2 ['a', 'b']
