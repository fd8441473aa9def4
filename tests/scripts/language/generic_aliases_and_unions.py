# Generic aliases (list[int], types.GenericAlias) and unions (int | None, types.UnionType):
# what annotations evaluate to; reprs, equality, isinstance with unions, classes deriving
# from an alias, type.__subclasses__ and metaclass __instancecheck__/__subclasscheck__.
import types
print(list[int], dict[str, int], tuple[int, ...], tuple[()], type[int])
print(type(list[int]), type(int | str))
print(int | None, None | int, int | str | int, (int | str) | float)
print(list[int] | None, int | list[str])
print((int | str) == (str | int), hash(int | str) == hash(str | int))
print(int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(isinstance(None, int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(list[int] == list[int], list[int] == list[str], list[int].__name__)
class C: pass
print(C | int, list[C])
class L(list[int]):
    pass
print(L.__bases__, L.__mro__, L([3]))
def f(x: list[int], y: int | None = None) -> dict[str, list[int]]:
    return {}
print(f.__annotations__)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
print(types.UnionType, types.GenericAlias)
try:
    int | "str"
except TypeError as e:
    print(e)
print(type.__subclasses__(C), C.__subclasses__())
class D(C): pass
class E(C): pass
print(C.__subclasses__())
del D
import gc; gc.collect()
print(C.__subclasses__())
print(int.__subclasses__()[:1])
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int or super().__subclasscheck__(sub)
class Answer(metaclass=Meta): pass
print(isinstance(42, Answer), isinstance(41, Answer), issubclass(int, Answer), issubclass(float, Answer), issubclass(Answer, Answer))
print(isinstance(1, (str, (float, int))))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
try:
    issubclass(3, int)
except TypeError as e:
    print(e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
try:
    issubclass(int, 4)
except TypeError as e:
    print(e)
print(list[int][0] if False else "ok")
try:
    list[int][int]
except TypeError as e:
    print(e)
print(frozenset[int], set[str], dict[str, tuple[int, ...]])

# expect: list[int] dict[str, int] tuple[int, ...] tuple[()] type[int]
# expect: <class 'types.GenericAlias'> <class 'types.UnionType'>
# expect: int | None None | int int | str int | str | float
# expect: list[int] | None int | list[str]
# expect: True True
# expect: <class 'int'>
# expect: True False True
# expect: True
# expect: isinstance() argument 2 cannot be a parameterized generic
# expect: [1, 2] <class 'list'> (<class 'int'>,) (<class 'str'>, <class 'int'>)
# expect: True False list
# expect: __main__.C | int list[__main__.C]
# expect: (<class 'list'>,) (<class '__main__.L'>, <class 'list'>, <class 'object'>) [3]
# expect: {'x': list[int], 'y': int | None, 'return': dict[str, list[int]]}
# expect: list[int] dict[str, int]
# expect: <class 'types.UnionType'> <class 'types.GenericAlias'>
# expect: unsupported operand type(s) for |: 'type' and 'str'
# expect: [] []
# expect: [<class '__main__.D'>, <class '__main__.E'>]
# expect: [<class '__main__.E'>]
# expect: [<class 'bool'>]
# expect: True False True False True
# expect: True
# expect: True True
# expect: issubclass() arg 1 must be a class
# expect: isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: issubclass() arg 2 must be a class, a tuple of classes, or a union
# expect: ok
# expect: list[int] is not a generic class
# expect: frozenset[int] set[str] dict[str, tuple[int, ...]]
