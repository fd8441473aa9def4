# re: match/search/fullmatch, groups by number and name, findall, finditer, sub with
# templates and functions, split with groups, flags (inline and given), verbose patterns,
# ASCII, back-references, and CPython's re.error messages; the output CPython 3.11 printed.
import re
m = re.match(r"(?P<key>\w+)=(?P<value>\d+)", "width=300; height=20")
print(m, m.group(0), m.group("key"), m["value"], m.groups(), m.groupdict(), m.span(2), m.start("value"), m.end(), m.lastindex, m.lastgroup)
print(re.search(r"\d+", "abc 123 def 45").group(), re.search("x", "abc"), re.fullmatch(r"\w+", "abc"), re.fullmatch(r"\w+", "ab c"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1 b=2"), re.findall(r"(\d)x", "1x2y3x"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@test.com"), re.sub(r"\s+", " ", "a   b \t c"))
print(re.sub(r"(?P<n>\d+)", lambda m: str(int(m.group("n")) * 2), "3 apples and 10 pears"), re.subn("a", "b", "banana"), re.sub("x*", "-", "abxd"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."), re.split(r"\s*,\s*", "a , b,c", maxsplit=1), re.split("x*", "axbc"))
p = re.compile(r"^(\d{3})-(\d{4})$", re.MULTILINE)
print(p, p.pattern, p.groups, p.findall("555-1234\n666-9876\nbad"), p.flags & re.M == re.M)
print(re.compile("abc", re.I | re.S), re.I | re.M, re.escape("a.b*c (1+1)"), re.match("a.c", "A\nC", re.I | re.S))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.search(r"(?i)hello", "Say HELLO").group())
print(re.sub(r"\bcat\b", "dog", "cat concat cat"), re.findall(r"[^\]]+", "[x]y"), re.findall(r"[]a]", "]a"), re.match(r"(?P<a>x)(?P=a)", "xx").group())
print(re.match(r"\d{,2}", "12345").group(), re.findall(r"\d", "١٢3", re.ASCII), re.findall(r"\d", "١٢3"))
for bad in ["(", "a)", "*a", "[abc", r"\q", "(?P<1>a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e)
text = "2024-01-15 ERROR disk full\n2024-01-16 INFO ok\n2024-01-17 ERROR cpu hot"
print(re.findall(r"^(\S+) ERROR (.*)$", text, re.M))
print(re.match(r"(?x) (\d+)  # digits\n  \s* (\w+)", "42  apples").groups())
# expect: <re.Match object; span=(0, 9), match='width=300'> width=300 width 300 ('width', '300') {'key': 'width', 'value': '300'} (6, 9) 6 9 2 value
# expect: 123 None <re.Match object; span=(0, 3), match='abc'> None
# expect: ['1', '22', '333'] [('a', '1'), ('b', '2')] ['1', '3']
# expect: [(1, 2), (2, 3), (5, 6), (6, 7)]
# expect: example at joe, test at ann a b c
# expect: 6 apples and 20 pears ('bbnbnb', 3) -a-b--d-
# expect: ['Words', 'words', 'words', ''] ['Words', ', ', 'words', '.', ''] ['a', 'b,c'] ['', 'a', '', 'b', 'c', '']
# expect: re.compile('^(\\d{3})-(\\d{4})$', re.MULTILINE) ^(\d{3})-(\d{4})$ 2 [('555', '1234'), ('666', '9876')] True
# expect: re.compile('abc', re.IGNORECASE|re.DOTALL) re.IGNORECASE|re.MULTILINE a\.b\*c\ \(1\+1\) <re.Match object; span=(0, 3), match='A\nC'>
# expect: ('a', None) ('a', '-') HELLO
# expect: dog concat dog ['[x', 'y'] [']', 'a'] xx
# expect: 12 ['3'] ['١', '٢', '3']
# expect: '(' -> missing ), unterminated subpattern at position 0
# expect: 'a)' -> unbalanced parenthesis at position 1
# expect: '*a' -> nothing to repeat at position 0
# expect: '[abc' -> unterminated character set at position 0
# expect: '\\q' -> bad escape \q at position 0
# expect: '(?P<1>a)' -> bad character in group name '1' at position 4
# expect: [('2024-01-15', 'disk full'), ('2024-01-17', 'cpu hot')]
# expect: ('42',)
