# hasattr_and_module_type.py: hasattr and getattr with a default on instances, classes, metaclass
# properties, modules and built-ins, including AttributeErrors raised by properties and __getattr__
# (absent) and other errors (raised); types.ModuleType(name, doc) and a class derived from it.
import sys, math
class C:
    cls_attr = 1
    @property
    def prop_raises(self):
        raise AttributeError("inner")
    @property
    def prop_value_error(self):
        raise ValueError("not an attribute problem")
    def method(self):
        pass
c = C()
c.inst = 2
for name in ("cls_attr", "inst", "method", "missing", "prop_raises", "__class__", "__dict__"):
    print(name, hasattr(c, name), getattr(c, name, "default") if name not in ("__dict__", "method") else "...")
try:
    hasattr(c, "prop_value_error")
except ValueError as e:
    print("ValueError:", e)
class G:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)
g = G()
print(hasattr(g, "xy"), getattr(g, "xy", None), hasattr(g, "y"), getattr(g, "y", "none"))
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
print(hasattr(GA(), "secret"), hasattr(GA(), "other"), getattr(GA(), "other", "d"))
print(hasattr(sys, "argv"), hasattr(sys, "nope"), getattr(math, "pi"), getattr(math, "tau2", 0))
print(hasattr(C, "cls_attr"), hasattr(C, "inst"), hasattr(C, "mro"), hasattr(C, "__mro__"), getattr(C, "nope", "no"))
print(hasattr(5, "real"), hasattr(5, "imag2"), hasattr("s", "upper"), hasattr([], "append"), getattr(None, "x", "none"))
class Meta(type):
    @property
    def meta_prop(cls):
        raise AttributeError("meta")
class M(metaclass=Meta):
    pass
print(hasattr(M, "meta_prop"), getattr(M, "meta_prop", "fallback"))
import types
mod = types.ModuleType("m")
mod.__getattr__ = lambda name: "lazy " + name if name == "lazy" else (_ for _ in ()).throw(AttributeError(name))
print(hasattr(mod, "lazy"), getattr(mod, "lazy"), hasattr(mod, "other"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(C, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(sys, "missing")
except AttributeError as e:
    print("AttributeError:", e)
m2 = types.ModuleType("m2", "the doc")
print(m2, sorted(m2.__dict__.items()))
for bad in ((), (5,)):
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print("TypeError:", e)
class Lazy(types.ModuleType):
    def greet(self):
        return "hello from " + self.__name__
lz = Lazy("lazy_mod")
lz.value = 3
print(lz, lz.greet(), lz.value, hasattr(lz, "nothing"), isinstance(lz, types.ModuleType))

# expect: cls_attr True 1
# expect: inst True 2
# expect: method True ...
# expect: missing False default
# expect: prop_raises False default
# expect: __class__ True <class '__main__.C'>
# expect: __dict__ True ...
# expect: ValueError: not an attribute problem
# expect: True xyxy False none
# expect: True False d
# expect: True False 3.141592653589793 0
# expect: True False True True no
# expect: True False True True none
# expect: False fallback
# expect: True lazy lazy False
# expect: AttributeError: 'C' object has no attribute 'missing'
# expect: AttributeError: type object 'C' has no attribute 'missing'
# expect: AttributeError: module 'sys' has no attribute 'missing'
# expect: <module 'm2'> [('__doc__', 'the doc'), ('__loader__', None), ('__name__', 'm2'), ('__package__', None), ('__spec__', None)]
# expect: TypeError: module() missing required argument 'name' (pos 1)
# expect: TypeError: module() argument 'name' must be str, not int
# expect: <module 'lazy_mod'> hello from lazy_mod 3 False True
