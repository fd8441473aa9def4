# Possessive quantifiers (new in 3.11): *+ ++ ?+ {m,n}+ take as much as they can and never
# give it back, like an atomic group; next to lazy and greedy ones, in groups and sets.
import re

print(re.findall(r"a*+b", "aaab ab b"), re.findall(r"\d++x", "12x 3y 45x"))
# expect: ['aaab', 'ab', 'b'] ['12x', '45x']
print(re.fullmatch(r"a*+a", "aaa"), re.fullmatch(r"a*a", "aaa").group())  # expect: None aaa
print(re.findall(r"(?:ab)++c", "ababc abc ab"), re.findall(r"[a-c]?+c", "cc bc"))
# expect: ['ababc', 'abc'] ['cc', 'bc']
print(re.search(r'"[^"]*+"', 'say "hi" now').group(), re.findall(r"x{2,3}+", "xxxxxxx"))
# expect: "hi" ['xxx', 'xxx']
print(re.match(r"(\w++)\s", "word rest").group(1), re.findall(r"a{2}+", "aaaaa"))  # expect: word ['aa', 'aa']
print(re.findall(r"\d+?", "123"), re.findall(r"\d{1,2}?", "123"), re.findall(r"(a|b)*+c", "abac"))
# expect: ['1', '2', '3'] ['1', '2', '3'] ['a']
print(re.sub(r"\s++", " ", "a   b \t c"), re.split(r",++", "a,,b,c"))  # expect: a b c ['a', 'b', 'c']
print(re.findall(r"(?P<n>\d)(?P=n)++", "1122233"), re.findall(r"x{,2}+y", "xxxy y"))
# expect: ['1', '2', '3'] ['xxy', 'y']
print(re.findall(r"a{2,}+b", "aaab ab"), re.findall(r"a{1,2}?b", "aab"), re.findall(r"{a}", "{a}"))
# expect: ['aaab'] ['aab'] ['{a}']
print(re.findall(r"(?x) a ++ b", "aab"), re.compile(r"a++").pattern)  # expect: ['aab'] a++
