# re's findall and a literal sub, done natively for str subjects: the same lists, tuples,
# counts and replacements as CPython, with groups, empty matches, pos/endpos and count.
import re

text = "the quick brown fox jumps over the lazy dog 42 times, 7 days"
print(re.findall(r"\b\w{5}\b", text))
print(re.findall(r"(\w+) (\d+)", text), re.findall(r"(\d)(x)?", "a1b2x"))
print(re.findall(r"o(\w)", text), re.findall(r"", "abc"), re.findall(r"x*", "axxb"))
p = re.compile(r"\d+")
print(p.findall(text, 45), p.findall(text, 0, 46), p.findall(text, 100), p.findall("😀12😀345"))
print(re.findall(r"(?i)THE", text), re.findall(r"^\w+$", "one\ntwo\nthree", re.M))
print(re.findall(rb"\d+", b"a1b22"), re.findall(r"(a)|(b)", "ab"))
print(re.sub(r"\d+", "N", text), re.subn(r"o", "0", text), re.sub(r"o", "0", text, count=2))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc"), re.sub(r"a", "$1$$", "banana"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home"), re.sub(r"\s+", " ", "a  b \n c"), re.subn("z", "y", "abc"))
print(re.sub("a", lambda m: m.group(0).upper(), "banana"), re.compile("n").sub("N", "banana", 1))
try:
    re.sub("a", 5, "abc")
except TypeError as e:
    print("TypeError:", e)
print(re.sub("a", "b", "aaa", count=-1), re.subn("a", "b", "aaa", count=-2), re.subn("a", "b", "aaa", count=2))

# expect: ['quick', 'brown', 'jumps', 'times']
# expect: [('dog', '42')] [('1', ''), ('2', 'x')]
# expect: ['w', 'x', 'v', 'g'] ['', '', '', ''] ['', 'xx', '', '']
# expect: ['2', '7'] ['42'] [] ['12', '345']
# expect: ['the', 'the'] ['one', 'two', 'three']
# expect: [b'1', b'22'] [('a', ''), ('', 'b')]
# expect: the quick brown fox jumps over the lazy dog N times, N days ('the quick br0wn f0x jumps 0ver the lazy d0g 42 times, 7 days', 4) the quick br0wn f0x jumps over the lazy dog 42 times, 7 days
# expect: -a-b--d- -a-b-c- b$1$$n$1$$n$1$$
# expect: home at me a b c ('abc', 0)
# expect: bAnAnA baNana
# expect: TypeError: decoding to str: need a bytes-like object, int found
# expect: aaa ('aaa', 0) ('bba', 2)
