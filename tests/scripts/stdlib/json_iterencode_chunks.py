# json's iterencode hands out the pieces CPython's does (a list's plain items joined to what
# precedes them; a dict's keys, separators and values apart); the output CPython 3.11 printed.
import json
print(list(json.JSONEncoder().iterencode({"a": [1, 2, {"b": None}], "c": "x"})))
print(list(json.JSONEncoder(indent=2).iterencode([1, [2, 3], {}])))
print(list(json.JSONEncoder(separators=(",", ":")).iterencode({"k": [True, 1.5]})))
print(list(json.JSONEncoder(indent="\t", sort_keys=True).iterencode({"b": [], "a": {"x": [1, "s", None, 2.5, [3]]}})))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1, 2): 1, "k": [{}]})), json.dumps([1, [2, {"a": (3, 4)}]], indent=1))
# expect: ['{', '"a"', ': ', '[1', ', 2', ', ', '{', '"b"', ': ', 'null', '}', ']', ', ', '"c"', ': ', '"x"', '}']
# expect: ['[\n  1', ',\n  ', '[\n    2', ',\n    3', '\n  ', ']', ',\n  ', '{}', '\n', ']']
# expect: ['{', '"k"', ':', '[true', ',1.5', ']', '}']
# expect: ['{', '\n\t', '"a"', ': ', '{', '\n\t\t', '"x"', ': ', '[\n\t\t\t1', ',\n\t\t\t"s"', ',\n\t\t\tnull', ',\n\t\t\t2.5', ',\n\t\t\t', '[\n\t\t\t\t3', '\n\t\t\t', ']', '\n\t\t', ']', '\n\t', '}', ',\n\t', '"b"', ': ', '[]', '\n', '}']
# expect: ['{', '"k"', ': ', '[', '{}', ']', '}'] [
# expect:  1,
# expect:  [
# expect:   2,
# expect:   {
# expect:    "a": [
# expect:     3,
# expect:     4
# expect:    ]
# expect:   }
# expect:  ]
# expect: ]
