# A class's __qualname__ belongs to the type, not its dict (as CPython's type_new moves it),
# names nested and local classes in their reprs, and can be reassigned only with a str.
class Outer:
    class Inner:
        def m(self): pass
    def f(self): pass
print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, "__qualname__" in vars(Outer), sorted(k for k in vars(Outer) if not k.startswith("__")))
print(repr(Outer.Inner())[:30])
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner, Outer.Inner.__name__)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(e)
T = type("T", (), {"__qualname__": "X.T"})
print(T, T.__qualname__, "__qualname__" in T.__dict__)
try:
    type("U", (), {"__qualname__": 3})
except TypeError as e:
    print(e)
def make():
    class Local: pass
    return Local
print(make(), make().__qualname__)
# expect: <class '__main__.Outer.Inner'> Outer.Inner Outer.Inner.m False ['Inner', 'f']
# expect: <__main__.Outer.Inner object a
# expect: <class '__main__.Renamed'> Inner
# expect: can only assign string to Outer.__qualname__, not 'int'
# expect: <class '__main__.X.T'> X.T False
# expect: type __qualname__ must be a str, not int
# expect: <class '__main__.make.<locals>.Local'> make.<locals>.Local
