# Classes derived from list, dict, str, float, int, tuple and set: their own methods and
# attributes, inherited behaviour of the value inside (len, indexing, hashing, arithmetic,
# comparison, formatting), super().__init__/__new__, __missing__, int and str mixed into
# enums; the output CPython 3.11 printed.
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2]); s.push(3)
print(s, len(s), s.peek(), s[0], list(s), isinstance(s, list), type(s).__name__, s == [1, 2, 3], 2 in s, sorted(s, reverse=True))
s.extra = "attr"; print(s.extra, s + [4], s * 2, s.pop(), s)
class Upper(list):
    def __init__(self, items):
        super().__init__(x.upper() for x in items)
        self.count_made = len(self)
print(Upper(["a", "b"]), Upper(["x"]).count_made)
class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
d = Default(a=1); print(d["a"], d["hello"], d, len(d), isinstance(d, dict), list(d.items()), d.get("zz", 0))
class Config(dict):
    def __getattr__(self, name):
        try: return self[name]
        except KeyError: raise AttributeError(name)
c = Config({"host": "x", "port": 80}); print(c.host, c.port, c, dict(c), {**c})
class Name(str):
    def shout(self): return self.upper() + "!"
n = Name("bob"); print(n, repr(n), n.shout(), n + "by", len(n), n == "bob", hash(n) == hash("bob"), {n: 1}["bob"], f"[{n}]", n.startswith("b"), "%s" % n)
class Meters(float):
    def __repr__(self): return f"{float(self)}m"
m = Meters(2.5); print(m, m + 1, m * 2, Meters(3) > m, round(m), int(m), abs(Meters(-1.5)))
class Count(int):
    def double(self): return self * 2
k = Count(21); print(k, k.double(), k + 1, [10, 20, 30][Count(1)], isinstance(k, int), k == 21, k < 30, str(k), hex(k), -k, range(Count(3)))
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2); print(p, p.first, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)), a_b := tuple(p))
x, y = p; print(x, y)
class Tags(set):
    pass
t = Tags([1, 2]); t.add(3); print(sorted(t), 2 in t, len(t), t | {9} == {1, 2, 3, 9})
from enum import IntEnum, Enum
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(isinstance(Level.LOW, int), Level.HIGH + 1, ["a", "b", "c"][Level.HIGH], Level.LOW < Level.HIGH, str(Level.LOW), repr(Level.HIGH))
class Color(str, Enum):
    RED = "red"
print(Color.RED == "red", Color.RED.upper(), repr(Color.RED), isinstance(Color.RED, str))
# expect: [1, 2, 3] 3 3 1 [1, 2, 3] True Stack True True [3, 2, 1]
# expect: attr [1, 2, 3, 4] [1, 2, 3, 1, 2, 3] 3 [1, 2]
# expect: ['A', 'B'] 1
# expect: 1 5 {'a': 1, 'hello': 5} 2 True [('a', 1), ('hello', 5)] 0
# expect: x 80 {'host': 'x', 'port': 80} {'host': 'x', 'port': 80} {'host': 'x', 'port': 80}
# expect: bob 'bob' BOB! bobby 3 True True 1 [bob] True bob
# expect: 2.5m 3.5 5.0 True 2 2 1.5
# expect: 21 42 22 20 True True True 21 0x15 -21 range(0, 3)
# expect: (1, 2) 1 2 2 True True (1, 2)
# expect: 1 2
# expect: [1, 2, 3] True 3 True
# expect: True 3 c True 1 <Level.HIGH: 2>
# expect: True RED <Color.RED: 'red'> True
