# json.loads reads whole documents natively: values, escapes, surrogate pairs, numbers, the
# hooks, and every error with CPython's message and position.
import json, collections, decimal
doc = '{"a": [1, -2, 3.5, -0.0, 1e3, 2E-2, 10000000000000000000000, true, false, null], "b": {"c": "x\\ty\\"z\\\\\\/\\u00e9\\ud83d\\ude00"}, "d": [], "e": {}, "a": "last wins"}'
print(json.loads(doc))
print(json.loads('  [ 1 , { "k" : [ ] } ]  '), json.loads('"\\ud800 lone"') == "\ud800 lone", json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(doc, object_pairs_hook=collections.OrderedDict))
print(json.loads('{"n": 1.10, "i": 7}', parse_float=decimal.Decimal, parse_int=float))
print(json.loads('[NaN]', parse_constant=lambda name: "const:" + name), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('["tab\there"]', strict=False))
for bad in ['', '[', '[1,]', '[1 2]', '{"a" 1}', '{"a": }', '{1: 2}', '{"a": 1,}', '"abc', '"a\\q"', '"\\u12"', '"\\u12zz"',
            '["a\nb"]', '[1] x', 'nul', '-', '01', '{"a": [1, {"b": tru}]}', '  ', '[-]', '1.', '.5', '"\\', '{"a"', '{']:
    try:
        json.loads(bad)
        print("ok?", repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('[1.5e400, -1e-400, 123456789012345678, 12345678901234567890]'))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'), json.JSONDecoder().raw_decode('  [2]', 2))
deep = "[" * 5000 + "]" * 5000
try:
    json.loads(deep)
except RecursionError as e:
    print("RecursionError")

# expect: {'a': 'last wins', 'b': {'c': 'x\ty"z\\/é😀'}, 'd': [], 'e': {}}
# expect: [1, {'k': []}] True [nan, inf, -inf]
# expect: OrderedDict([('a', 'last wins'), ('b', OrderedDict([('c', 'x\ty"z\\/é😀')])), ('d', []), ('e', OrderedDict())])
# expect: {'n': Decimal('1.10'), 'i': 7.0}
# expect: ['const:NaN'] [('a', [('b', 1)])]
# expect: ['tab\there']
# expect: '' -> Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: '[' -> Expecting value: line 1 column 2 (char 1) 1 1 2
# expect: '[1,]' -> Expecting value: line 1 column 4 (char 3) 3 1 4
# expect: '[1 2]' -> Expecting ',' delimiter: line 1 column 4 (char 3) 3 1 4
# expect: '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5) 5 1 6
# expect: '{"a": }' -> Expecting value: line 1 column 7 (char 6) 6 1 7
# expect: '{1: 2}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 1 2
# expect: '{"a": 1,}' -> Expecting property name enclosed in double quotes: line 1 column 9 (char 8) 8 1 9
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0) 0 1 1
# expect: '"a\\q"' -> Invalid \escape: line 1 column 3 (char 2) 2 1 3
# expect: '"\\u12"' -> Invalid \uXXXX escape: line 1 column 3 (char 2) 2 1 3
# expect: '"\\u12zz"' -> Invalid \uXXXX escape: line 1 column 3 (char 2) 2 1 3
# expect: '["a\nb"]' -> Invalid control character at: line 1 column 4 (char 3) 3 1 4
# expect: '[1] x' -> Extra data: line 1 column 5 (char 4) 4 1 5
# expect: 'nul' -> Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: '-' -> Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: '01' -> Extra data: line 1 column 2 (char 1) 1 1 2
# expect: '{"a": [1, {"b": tru}]}' -> Expecting value: line 1 column 17 (char 16) 16 1 17
# expect: '  ' -> Expecting value: line 1 column 3 (char 2) 2 1 3
# expect: '[-]' -> Expecting value: line 1 column 2 (char 1) 1 1 2
# expect: '1.' -> Extra data: line 1 column 2 (char 1) 1 1 2
# expect: '.5' -> Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: '"\\' -> Unterminated string starting at: line 1 column 1 (char 0) 0 1 1
# expect: '{"a"' -> Expecting ':' delimiter: line 1 column 5 (char 4) 4 1 5
# expect: '{' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 1 2
# expect: [inf, -0.0, 123456789012345678, 12345678901234567890]
# expect: ({'a': 1}, 8) ([2], 5)
# expect: RecursionError
