# class_assignment.py: obj.__class__ = cls between classes whose instances are laid out alike;
# CPython's TypeErrors for a non-class, a built-in type, a different layout, and del; a
# '__class__' key in the instance's dict does not take the assignment.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S:
    __slots__ = ("a",)
class S2(S):
    __slots__ = ()
class T:
    __slots__ = ("a",)
a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.who(), a.x, isinstance(a, B), a.__dict__)
for v in (5, int, S):
    try:
        a.__class__ = v
    except TypeError as e:
        print("TypeError:", e)
s = S()
s.a = 3
s.__class__ = S2
print(type(s).__name__, s.a)
for v in (A, T):
    try:
        s.__class__ = v
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
setattr(a, "__cl" + "ass__", A)
print(type(a).__name__, a.who())
class Meta(type):
    pass
class M1(metaclass=Meta):
    pass
class M2(metaclass=Meta):
    def hello(self): return "M2"
m = M1()
m.__class__ = M2
print(m.hello(), type(m) is M2)
class E:
    pass
class F:
    pass
o = E()
o.__dict__["__class__"] = "fake"
o.__class__ = F
print(type(o).__name__, o.__dict__)

# expect: B B 1 True {'x': 1}
# expect: TypeError: __class__ must be set to a class, not 'int' object
# expect: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect: TypeError: __class__ assignment: 'S' object layout differs from 'B'
# expect: S2 3
# expect: TypeError: __class__ assignment: 'A' object layout differs from 'S2'
# expect: TypeError: can't delete __class__ attribute
# expect: A A
# expect: M2 True
# expect: F {'__class__': 'fake'}
