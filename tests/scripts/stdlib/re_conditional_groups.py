# A conditional group (?(id)yes|no) is not itself a group, and refers to a group by number
# or by name.
import re
p = re.compile(r"(a)?(?(1)b|c)")
print(p.groups, p.findall("ab c"), [m.group(0) for m in p.finditer("ab c ac")])
q = re.compile(r"(?P<open><)?\w+(?(open)>|$)")
print(q.groups, bool(q.fullmatch("<x>")), bool(q.fullmatch("x")), bool(q.fullmatch("<x")))
print(re.sub(r"(\()?\d+(?(1)\))", "N", "(1) 2 (3"))
try:
    re.compile(r"(?(nope)a|b)")
except re.error as e:
    print("error:", e)

# expect: 1 ['a', ''] ['ab', 'c', 'c']
# expect: 1 True True False
# expect: N N (N
# expect: error: unknown group name 'nope' at position 3
