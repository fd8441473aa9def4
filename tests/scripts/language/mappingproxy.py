# mappingproxy: a class's __dict__ and vars(cls) are read-only views of its namespace, and
# types.MappingProxyType makes one over any mapping: reads, views, |, reversed, errors.
class K:
    """doc"""
    x = 1
    def f(self): pass
try: K.__dict__["x"] = 1
except TypeError as e: print("TypeError:", e)
try: del K.__dict__["x"]
except TypeError as e: print("TypeError:", e)
print(hasattr(K, "y"), type(K.__dict__).__name__, type(vars(K)).__name__)
import types; print(types.MappingProxyType({"k": 1}), repr(types.MappingProxyType({"k": 1})))
p = types.MappingProxyType({"a": 1, "b": 2})
print(len(p), list(p), "a" in p, p["a"], p.get("z", 9), sorted(p.items()), list(p.keys()), list(p.values()), p.copy(), p | {"c": 3}, {"z": 0} | p)
print(p == {"a": 1, "b": 2}, list(reversed(p)))
print(sorted(k for k in K.__dict__ if not k.startswith("__")), K.__dict__["x"], "__doc__" in vars(K))
try: types.MappingProxyType([1])
except TypeError as e: print("TypeError:", e)
try: p.x = 1
except AttributeError as e: print("AttributeError:", e)
print(type(int.__dict__).__name__, int.__dict__["__add__"] is not None)
class M(type): pass
class C(metaclass=M): y = 2
print(C.__dict__["y"], isinstance(C.__dict__, types.MappingProxyType))

# expect: TypeError: 'mappingproxy' object does not support item assignment
# expect: TypeError: 'mappingproxy' object does not support item deletion
# expect: False mappingproxy mappingproxy
# expect: {'k': 1} mappingproxy({'k': 1})
# expect: 2 ['a', 'b'] True 1 9 [('a', 1), ('b', 2)] ['a', 'b'] [1, 2] {'a': 1, 'b': 2} {'a': 1, 'b': 2, 'c': 3} {'z': 0, 'a': 1, 'b': 2}
# expect: True ['b', 'a']
# expect: ['f', 'x'] 1 True
# expect: TypeError: mappingproxy() argument must be a mapping, not list
# expect: AttributeError: 'mappingproxy' object has no attribute 'x'
# expect: mappingproxy True
# expect: 2 True
