# The match statement's rules: which subjects are sequences and mappings, __match_args__
# limits, CPython's TypeErrors, and the SyntaxErrors for unreachable cases and duplicate keys.
from collections import defaultdict, OrderedDict, namedtuple
class P:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def m1():
    match P():
        case P(1, 2): return "no"
def m2():
    match 5:
        case len(): return "x"
def m3():
    match {"a": 1}:
        case {"a": 1, "b": 2}: return "two"
def m4():
    x = 3
    match x:
        case 1: return "one"
    return "none matched"
def m5():
    d = defaultdict(int, a=1)
    match d:
        case {"a": v}: return ("defaultdict", v)
def m6():
    Pt = namedtuple("Pt", "x y")
    match Pt(1, 2):
        case (a, b): return ("namedtuple seq", a, b)
def m7():
    match OrderedDict(k=2):
        case {"k": 2, **rest}: return ("od", rest)
def m8():
    match "abc":
        case [*_]: return "str is seq?"
        case _: return "str not seq"
def m9():
    match 1.0:
        case 1: return "1.0 == 1"
for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9):
    t(f)
for src in ["match x:\n    case y:\n        pass\n    case 1:\n        pass\n", "match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "match x:\n    case a | *b:\n        pass\n", "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# expect: TypeError P() accepts 1 positional sub-pattern (2 given)
# expect: TypeError called match pattern must be a type
# expect: None
# expect: none matched
# expect: ('defaultdict', 1)
# expect: ('namedtuple seq', 1, 2)
# expect: ('od', {})
# expect: str not seq
# expect: 1.0 == 1
# expect: SyntaxError: name capture 'y' makes remaining patterns unreachable
# expect: SyntaxError: wildcard makes remaining patterns unreachable
# expect: SyntaxError: invalid syntax
# expect: SyntaxError: mapping pattern checks duplicate key ('a')
