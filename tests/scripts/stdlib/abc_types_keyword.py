# abc (abstract methods and properties refuse instantiation with CPython's message), types
# (SimpleNamespace, type names, MappingProxyType) and keyword; the output CPython 3.11 printed.
from abc import ABC, ABCMeta, abstractmethod
import types, keyword
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
try: Shape()
except TypeError as e: print("TypeError:", e)
try: Half()
except TypeError as e: print("TypeError:", e)
print(Square(3).describe(), Square(2).perimeter(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, isinstance(Square(1), Shape))
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Named(Base):
    @property
    def name(self): return "n"
print(Named().name)
try: Base()
except TypeError as e: print("TypeError:", e)
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), type(None) is types.NoneType, isinstance(types, types.ModuleType))
print(keyword.iskeyword("for"), keyword.iskeyword("foo"), len(keyword.kwlist), keyword.softkwlist)
mp = types.MappingProxyType({"k": 1}); print(mp["k"], len(mp), list(mp))
# expect: TypeError: Can't instantiate abstract class Shape with abstract methods area, perimeter
# expect: TypeError: Can't instantiate abstract class Half with abstract method perimeter
# expect: Square with area 9 8 ['area', 'perimeter'] frozenset() True
# expect: n
# expect: TypeError: Can't instantiate abstract class Base with abstract method name
# expect: namespace(a=1, b='x', c=[1]) 1 True
# expect: True True True True
# expect: True False 35 ['_', 'case', 'match']
# expect: 1 1 ['k']
