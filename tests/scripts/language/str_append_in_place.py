# `s += t` on a str nothing else holds appends in place (linear, not quadratic), and no one
# who holds the old value sees it change: aliases, containers, closures, globals, class
# bodies, dict keys and hashes all keep what they had.
import time

text = ""
for i in range(200000):
    text += str(i % 10)
print(len(text), text[:12], text[-5:])

a = "ab" * 3
b = a
a += "c"
print(a, b, a is b)

items = ["x" * 4]
held = items[0]
held += "y"
print(items, held)

def build(n):
    out = ""
    for i in range(n):
        out = out + chr(97 + i % 26)
    return out

print(build(30))

def outer():
    acc = "start"
    def add(piece):
        nonlocal acc
        acc += piece
        return acc
    add("-1")
    add("-2")
    return acc

print(outer())

total = ""
def add_global(piece):
    global total
    total += piece

for word in ["alpha", "beta", "gamma"]:
    add_global(word)
print(total)

class Config:
    name = "cfg"
    name += "_v2"
print(Config.name)

key = "k" * 5
key += "!"
table = {key: 1}
key2 = "kkkkk!"
print(table[key2], hash(key) == hash(key2), key == key2)
before = hash(key)
key += "?"
print(hash(key) == before, key in table, len(key))

s = "é"
s += "😀"
s += "x"
print(len(s), s, s[1], ascii(s))

same = "twice" * 2
same += same
print(same)

class S(str):
    pass
sub = S("sub")
sub += "class"
print(sub, type(sub).__name__)

try:
    bad = "a" * 2
    bad += 5
except TypeError as e:
    print("TypeError:", e)

parts = ["p" * 2]
for _ in range(3):
    parts[0] += "q"
print(parts)

# expect: 200000 012345678901 56789
# expect: abababc ababab False
# expect: ['xxxx'] xxxxy
# expect: abcdefghijklmnopqrstuvwxyzabcd
# expect: start-1-2
# expect: alphabetagamma
# expect: cfg_v2
# expect: 1 True True
# expect: False False 7
# expect: 3 é😀x 😀 '\xe9\U0001f600x'
# expect: twicetwicetwicetwice
# expect: subclass str
# expect: TypeError: can only concatenate str (not "int") to str
# expect: ['ppqqq']
