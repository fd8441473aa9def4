# json.dumps writes whole documents natively: every option, subclasses of the built-in
# values, keys of every kind, default(), the errors — the same text CPython writes.
import json, enum, collections, decimal


class Color(enum.IntEnum):
    RED = 1


class Name(str):
    pass


class Ratio(float):
    pass


class Rows(list):
    pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def as_dict(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, decimal.Decimal):
        return str(o)
    raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")


doc = {"b": [1, 2.5, None, True, False, "x\ty\"z\\", "é€😀\x7f\x01"], "a": {"nested": (1, 2), "empty": [], "e": {}},
       3: "int key", 2.5: "float key", True: "bool key", None: "none key", "big": 10 ** 30, "neg": -0.0, "small": 1e-7}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=2, sort_keys=False))
print(json.dumps({"z": 1, "a": [1, {"c": 2, "b": 3}]}, sort_keys=True, indent="\t"))
print(json.dumps([1, [2, [3, []]]], indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, separators=(" , ", " : "), indent=1))
print(json.dumps([Color.RED, Name("n"), Ratio(0.5), Rows([1, 2]), collections.OrderedDict(b=1, a=2)]))
print(json.dumps([Point(1, 2), decimal.Decimal("1.10")], default=as_dict))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for bad in (lambda: json.dumps({(1, 2): 3}), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps([Point(1, 2)]), lambda: json.dumps({1.5: float("inf")}, allow_nan=False)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
deep = []
for _ in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
print(json.dumps("just a string"), json.dumps(5), json.dumps(None), json.dumps([]), json.dumps({}))


class Upper(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Upper), Upper(indent=1).encode([{1, 2}]))
print(json.loads(json.dumps(doc)) == json.loads(json.dumps(doc, indent=3)))

# expect: {"b": [1, 2.5, null, true, false, "x\ty\"z\\", "\u00e9\u20ac\ud83d\ude00\u007f\u0001"], "a": {"nested": [1, 2], "empty": [], "e": {}}, "3": "int key", "2.5": "float key", "true": "bool key", "null": "none key", "big": 1000000000000000000000000000000, "neg": -0.0, "small": 1e-07}
# expect: {"b": [1, 2.5, null, true, false, "x\ty\"z\\", "é€😀\u0001"], "a": {"nested": [1, 2], "empty": [], "e": {}}, "3": "int key", "2.5": "float key", "true": "bool key", "null": "none key", "big": 1000000000000000000000000000000, "neg": -0.0, "small": 1e-07}
# expect: {
# expect:   "b": [
# expect:     1,
# expect:     2.5,
# expect:     null,
# expect:     true,
# expect:     false,
# expect:     "x\ty\"z\\",
# expect:     "\u00e9\u20ac\ud83d\ude00\u007f\u0001"
# expect:   ],
# expect:   "a": {
# expect:     "nested": [
# expect:       1,
# expect:       2
# expect:     ],
# expect:     "empty": [],
# expect:     "e": {}
# expect:   },
# expect:   "3": "int key",
# expect:   "2.5": "float key",
# expect:   "true": "bool key",
# expect:   "null": "none key",
# expect:   "big": 1000000000000000000000000000000,
# expect:   "neg": -0.0,
# expect:   "small": 1e-07
# expect: }
# expect: {
# expect: 	"a": [
# expect: 		1,
# expect: 		{
# expect: 			"b": 3,
# expect: 			"c": 2
# expect: 		}
# expect: 	],
# expect: 	"z": 1
# expect: }
# expect: [
# expect: 1,
# expect: [
# expect: 2,
# expect: [
# expect: 3,
# expect: []
# expect: ]
# expect: ]
# expect: ]
# expect: {"a":1,"b":[1,2]}
# expect: {
# expect:  "a" : 1
# expect: }
# expect: [1, "n", 0.5, [1, 2], {"b": 1, "a": 2}]
# expect: [{"x": 1, "y": 2}, "1.10"]
# expect: {"k": 4}
# expect: [NaN, Infinity, -Infinity]
# expect: TypeError keys must be str, int, float, bool or None, not tuple
# expect: ValueError Out of range float values are not JSON compliant
# expect: TypeError Object of type Point is not JSON serializable
# expect: ValueError Out of range float values are not JSON compliant
# expect: ValueError: Circular reference detected
# expect: ValueError: Circular reference detected
# expect: RecursionError: maximum recursion depth exceeded while encoding a JSON object
# expect: "just a string" 5 null [] {}
# expect: {"s": [1, 2, 3]} [
# expect:  [
# expect:   1,
# expect:   2
# expect:  ]
# expect: ]
# expect: True
