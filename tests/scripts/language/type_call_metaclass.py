# type(name, bases, dict) lets a base's more derived metaclass make the class, and reports a
# metaclass conflict as CPython does; the output CPython 3.11 printed.
class M(type):
    def __new__(mcs, name, bases, ns):
        ns["made_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
class A(metaclass=M): pass
B = type("B", (A,), {})
print(type(B).__name__, B.made_by, B.__mro__[1].__name__)
class N(type): pass
try:
    type("C", (A, type("Z", (), {}, ) if False else N("Z", (), {})), {})
except TypeError as e: print("TypeError:", e)
# expect: M M A
# expect: TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
