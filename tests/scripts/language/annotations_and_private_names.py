# A def's annotations (evaluated where the def stands, in CPython's order, kept in
# __annotations__), and private name mangling: inside class C, __x means _C__x (names,
# attributes, parameters, annotations and __slots__), so a base's and a subclass's
# self.__data are different attributes.
def f(a: int, /, b: str, *c: float, d: 'x' = 3, **e: list) -> None: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__, g.__kwdefaults__, f.__kwdefaults__)
g.__annotations__ = {'a': 1}; print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
class C:
    def m(self, __x: int) -> "C": pass
    __y: int = 4
    def get(self): return self.__y
print(C.m.__annotations__, C.__annotations__, C._C__y, C().get())
def outer():
    T = list
    def inner(x: T) -> T: return x
    return inner
print(outer().__annotations__)
class Base:
    def __init__(self): self.__data = "base"
    def base_data(self): return self.__data
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__data = "derived"
    def derived_data(self): return self.__data
d = Derived()
print(d.base_data(), d.derived_data(), sorted(k for k in vars(d)))
class S:
    __slots__ = ("__p", "q")
    def __init__(self): self.__p = 1
print(sorted(n for n in dir(S) if "p" in n or n == "q"), S().__dict__ if hasattr(S(), "__dict__") else "no dict")
class ___:
    __v = 1
print([n for n in vars(___) if n.endswith("v")])
import dataclasses
@dataclasses.dataclass
class P:
    x: int
    y: float = 0.0
print(P(1))
lam = lambda x: x
print(lam.__annotations__)
# expect: {'b': <class 'str'>, 'a': <class 'int'>, 'c': <class 'float'>, 'd': 'x', 'e': <class 'list'>, 'return': None}
# expect: {} True None {'d': 3}
# expect: {'a': 1}
# expect: __annotations__ must be set to a dict object
# expect: {'_C__x': <class 'int'>, 'return': 'C'} {'_C__y': <class 'int'>} 4 4
# expect: {'x': <class 'list'>, 'return': <class 'list'>}
# expect: base derived ['_Base__data', '_Derived__data']
# expect: ['_S__p', '__repr__', 'q'] no dict
# expect: ['__v']
# expect: P(x=1, y=0.0)
# expect: {}
