# str() of instances of classes derived from built-in types: a str subclass prints its
# value even with its own __repr__, the others print their repr; the output CPython 3.11
# printed.
class S(str):
    def __repr__(self): return "S!"
class I(int):
    def __repr__(self): return "I!"
class F(float): pass
class L(list):
    def __repr__(self): return "L!"
print(str(S("a")), repr(S("a")), str(I(3)), repr(I(3)), str(F(1.5)), str(L([1])), f"{S('b')}", "%s" % I(4), print(S("c")))
# expect: c
# expect: a S! I! I! 1.5 L! b I! None
