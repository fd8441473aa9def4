# Tests for the tomllib module (TOML 1.0 reader).
import tomllib, os, tempfile, math

doc = r'''
# comment
title = "TOML \"Example\" \u00e9 \U0001F600"
lit = 'C:\Users\x'
ml = """
Roses are red
Violets are \
    blue"""
mll = Q3Q
first
   secondQ3Q
quotes = """two""\""""
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local = 1979-05-27T07:32:00.999999
ld = 1979-05-27
lt = 07:32:00.5
[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
enabled = true
off = false
nested = [
  1, # one
  2,
]
[numbers]
a = +99
b = -17
c = 0xDEAD_beef
d = 0o755
e = 0b1101
f = 1_000_000
g = 6.626e-34
h = -0.01
i = inf
j = -inf
k = 5e+22
[servers.alpha]
ip = "10.0.0.1"
[servers.beta]
ip = "10.0.0.2"
[[products]]
name = "Hammer"
[[products]]
[[products]]
name = "Nail"
point = { x = 1, y = 2, z.w = 3 }
[dotted]
a.b.c = 1
a.b.d = 2
"quoted key".x = "y"
'''
doc = doc.replace("Q3Q", "'''")
d = tomllib.loads(doc)
for k in sorted(d):
    print(k, d[k])
print(repr(d["owner"]["dob"]))
print(repr(d["owner"]["lt"]))
print(math.isnan(tomllib.loads("x = nan")["x"]))
print(tomllib.loads("x = 1.5", parse_float=lambda s: "F" + s))
print(tomllib.loads("a = 1\r\nb = 2\r\n"))
print(tomllib.loads(""))

fd, path = tempfile.mkstemp(suffix=".toml")
with os.fdopen(fd, "wb") as f:
    f.write(b'x = [1, 2]\n[t]\ny = "z"\n')
with open(path, "rb") as f:
    print(tomllib.load(f))
try:
    with open(path, "r") as f:
        tomllib.load(f)
except TypeError as e:
    print("TypeError:", e)
os.remove(path)

bad = [
    "a = ",
    "a = 1\na = 2",
    "a = 1 2",
    "[a]\n[a]",
    "a = [1, 2",
    "a = {b = 1",
    "a = \"abc",
    "a = 'abc",
    "= 1",
    "a 1",
    "a = \"\\q\"",
    "a = \"\\uZZZZ\"",
    "a = \"\\uD800\"",
    "[a\nb=1",
    "[[a]\n",
    "a = {b = 1}\n[a]",
    "a = [1]\n[[a]]",
    "a.b = 1\n[a.b]",
    "[a.b]\n[a]\nb.c = 1",
    "a = {b = 1, b = 2}",
    "a = 1979-02-30",
    "x = 1\n  y = \"a\tb\x01\"",
    "# bad \x01 comment",
    "!",
    "a = truee",
    "a = 0x",
]
for src in bad:
    try:
        tomllib.loads(src)
        print("no error", repr(src))
    except tomllib.TOMLDecodeError as e:
        print(type(e).__name__, e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
# expect: database {'ports': [8000, 8001, 8002], 'data': [['delta', 'phi'], [3.14]], 'enabled': True, 'off': False, 'nested': [1, 2]}
# expect: dotted {'a': {'b': {'c': 1, 'd': 2}}, 'quoted key': {'x': 'y'}}
# expect: lit C:\Users\x
# expect: ml Roses are red
# expect: Violets are blue
# expect: mll first
# expect:    second
# expect: numbers {'a': 99, 'b': -17, 'c': 3735928559, 'd': 493, 'e': 13, 'f': 1000000, 'g': 6.626e-34, 'h': -0.01, 'i': inf, 'j': -inf, 'k': 5e+22}
# expect: owner {'name': 'Tom', 'dob': datetime.datetime(1979, 5, 27, 7, 32, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=57600))), 'utc': datetime.datetime(1979, 5, 27, 7, 32, tzinfo=datetime.timezone.utc), 'local': datetime.datetime(1979, 5, 27, 7, 32, 0, 999999), 'ld': datetime.date(1979, 5, 27), 'lt': datetime.time(7, 32, 0, 500000)}
# expect: products [{'name': 'Hammer'}, {}, {'name': 'Nail', 'point': {'x': 1, 'y': 2, 'z': {'w': 3}}}]
# expect: quotes two"""
# expect: servers {'alpha': {'ip': '10.0.0.1'}, 'beta': {'ip': '10.0.0.2'}}
# expect: title TOML "Example" é 😀
# expect: datetime.datetime(1979, 5, 27, 7, 32, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=57600)))
# expect: datetime.time(7, 32, 0, 500000)
# expect: True
# expect: {'x': 'F1.5'}
# expect: {'a': 1, 'b': 2}
# expect: {}
# expect: {'x': [1, 2], 't': {'y': 'z'}}
# expect: TypeError: File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`
# expect: TOMLDecodeError Invalid value (at end of document)
# expect: TOMLDecodeError Cannot overwrite a value (at end of document)
# expect: TOMLDecodeError Expected newline or end of document after a statement (at line 1, column 7)
# expect: TOMLDecodeError Cannot declare ('a',) twice (at line 2, column 3)
# expect: TOMLDecodeError Unclosed array (at end of document)
# expect: TOMLDecodeError Unclosed inline table (at end of document)
# expect: TOMLDecodeError Unterminated string (at end of document)
# expect: TOMLDecodeError Expected "'" (at end of document)
# expect: TOMLDecodeError Invalid statement (at line 1, column 1)
# expect: TOMLDecodeError Expected '=' after a key in a key/value pair (at line 1, column 3)
# expect: TOMLDecodeError Unescaped '\' in a string (at line 1, column 8)
# expect: TOMLDecodeError Invalid hex value (at line 1, column 8)
# expect: TOMLDecodeError Escaped character is not a Unicode scalar value (at line 1, column 12)
# expect: TOMLDecodeError Expected ']' at the end of a table declaration (at line 1, column 3)
# expect: TOMLDecodeError Expected ']]' at the end of an array declaration (at line 1, column 4)
# expect: TOMLDecodeError Cannot declare ('a',) twice (at line 2, column 3)
# expect: TOMLDecodeError Cannot mutate immutable namespace ('a',) (at line 2, column 4)
# expect: TOMLDecodeError Cannot overwrite a value (at line 2, column 5)
# expect: TOMLDecodeError Cannot redefine namespace ('a', 'b') (at end of document)
# expect: TOMLDecodeError Duplicate inline table key 'b' (at line 1, column 18)
# expect: TOMLDecodeError Invalid date or datetime (at line 1, column 5)
# expect: TOMLDecodeError Illegal character '\x01' (at line 2, column 11)
# expect: TOMLDecodeError Found invalid character '\x01' (at line 1, column 7)
# expect: TOMLDecodeError Invalid statement (at line 1, column 1)
# expect: TOMLDecodeError Expected newline or end of document after a statement (at line 1, column 9)
# expect: TOMLDecodeError Expected newline or end of document after a statement (at line 1, column 6)
# expect: True
