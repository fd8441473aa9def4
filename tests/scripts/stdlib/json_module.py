# json: dumps with indent, sort_keys, separators, ensure_ascii, default and cls; loads with
# hooks, surrogate pairs and CPython's JSONDecodeError messages; dump/load on streams; the
# output CPython 3.11 printed.
import json
data = {"name": "Ann", "age": 30, "scores": [1.5, 2, -3e10], "ok": True, "none": None, "nested": {"b": [], "a": {}}, "uni": "é\u2603\n\t\"q\""}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, (2, 3), {"x": 1.0}], indent="\t"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps("plain"), json.dumps(0.1), json.dumps(10**20), json.dumps(float("inf")))
s = json.dumps(data); back = json.loads(s); print(back == data, back["uni"])
print(json.loads('  {"a": [1, 2.5, -0.5e3, true, false, null], "b": "\\u00e9\\ud83d\\ude00"} '))
print(json.loads("[]"), json.loads("3"), json.loads('"x"'), json.loads("NaN"), json.loads('{"a":1}', object_pairs_hook=list))
for bad in ['', '{"a" 1}', '[1, 2', '{"a": 1,}', '[1,]', '{a: 1}', '"abc', '[1] x', '"\\x"', 'tru']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
try: json.dumps({"s": {1, 2}})
except TypeError as e: print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
import io
buf = io.StringIO(); json.dump({"k": [1, 2]}, buf); buf.seek(0); print(buf.getvalue(), json.load(buf))
class E(json.JSONEncoder):
    def default(self, o):
        return {"complexish": str(o)}
print(json.dumps(object, cls=E)[:14])
# expect: {"name": "Ann", "age": 30, "scores": [1.5, 2, -30000000000.0], "ok": true, "none": null, "nested": {"b": [], "a": {}}, "uni": "\u00e9\u2603\n\t\"q\""}
# expect: {
# expect:   "age": 30,
# expect:   "name": "Ann",
# expect:   "nested": {
# expect:     "a": {},
# expect:     "b": []
# expect:   },
# expect:   "none": null,
# expect:   "ok": true,
# expect:   "scores": [
# expect:     1.5,
# expect:     2,
# expect:     -30000000000.0
# expect:   ],
# expect:   "uni": "\u00e9\u2603\n\t\"q\""
# expect: }
# expect: {"name":"Ann","age":30,"scores":[1.5,2,-30000000000.0],"ok":true,"none":null,"nested":{"b":[],"a":{}},"uni":"é☃\n\t\"q\""}
# expect: [
# expect: 	1,
# expect: 	[
# expect: 		2,
# expect: 		3
# expect: 	],
# expect: 	{
# expect: 		"x": 1.0
# expect: 	}
# expect: ]
# expect: {"1": "c", "2.5": "b", "null": "d"} "plain" 0.1 100000000000000000000 Infinity
# expect: True é☃
# expect: 	"q"
# expect: {'a': [1, 2.5, -500.0, True, False, None], 'b': 'é😀'}
# expect: [] 3 x nan [('a', 1)]
# expect: '' -> Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5) 5 1 6
# expect: '[1, 2' -> Expecting ',' delimiter: line 1 column 6 (char 5) 5 1 6
# expect: '{"a": 1,}' -> Expecting property name enclosed in double quotes: line 1 column 9 (char 8) 8 1 9
# expect: '[1,]' -> Expecting value: line 1 column 4 (char 3) 3 1 4
# expect: '{a: 1}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 1 2
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0) 0 1 1
# expect: '[1] x' -> Extra data: line 1 column 5 (char 4) 4 1 5
# expect: '"\\x"' -> Invalid \escape: line 1 column 2 (char 1) 1 1 2
# expect: 'tru' -> Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: TypeError: Object of type set is not JSON serializable
# expect: {"s": [1, 2]}
# expect: {"k": [1, 2]} {'k': [1, 2]}
# expect: {"complexish":
