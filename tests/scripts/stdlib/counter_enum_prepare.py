# Counter compares as a multiset (missing counts are zero) and changes in place with +=, -=,
# |=, &=; enum's _ignore_ names stay out of the class; __prepare__ gets the class keywords.
from enum import Enum, IntEnum
from collections import Counter
class E(Enum):
    _ignore_ = ["tmp"]
    A = 1
    tmp = 5
print(list(E), hasattr(E, "tmp"), hasattr(E, "_ignore_"))
class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i
print(list(Period))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=1, b=1), Counter(a=3) >= Counter(a=2), Counter(a=3) > Counter(a=3))
print(Counter("ab") == {"a": 1, "b": 1}, Counter(a=1) == "x")
c = Counter(a=3, b=1); d = c; c += Counter(a=1, b=-2, z=4); print(c, d is c)
c -= Counter(a=10); print(c)
c |= Counter(q=2, z=1); print(c)
c &= Counter(q=1, z=9); print(c)
try: Counter(a=1) < {"a": 2}
except TypeError as e: print("TypeError:", e)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
class C(metaclass=M, flag=1, other="x"): pass

# expect: [<E.A: 1>] False False
# expect: [<Period.day_0: 0>, <Period.day_1: 1>, <Period.day_2: 2>]
# expect: True False True
# expect: False True True False
# expect: True False
# expect: Counter({'a': 4, 'z': 4}) True
# expect: Counter({'z': 4})
# expect: Counter({'z': 4, 'q': 2})
# expect: Counter({'z': 4, 'q': 1})
# expect: TypeError: '<' not supported between instances of 'Counter' and 'dict'
# expect: prepare C {'flag': 1, 'other': 'x'}
# expect: init C {'flag': 1, 'other': 'x'}
