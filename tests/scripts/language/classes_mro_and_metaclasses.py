# Multiple inheritance (C3 order, super() along it, mixins, exceptions with mixins), a
# class's own __new__, metaclasses (__new__, __call__, dunders and methods seen from the
# class), __init_subclass__ with class keywords, type(name, bases, dict), __class_getitem__;
# the output CPython 3.11 printed.
class A:
    def who(self): return "A"
    def hello(self): return "A.hello"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
    def hello(self): return "C.hello"
class D(B, C):
    def who(self): return "D>" + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().hello())
print(D.__bases__, D.__base__)
class Mixin:
    def describe(self): return f"{type(self).__name__}:{self.value}"
class Base:
    def __init__(self, v): self.value = v
class Thing(Mixin, Base): pass
print(Thing(5).describe(), isinstance(Thing(1), Mixin), issubclass(Thing, Base))
try:
    class X(A, B): pass
except TypeError as e: print("TypeError:", e)
try:
    class Y(A, A): pass
except TypeError as e: print("TypeError:", e)
class MyErr(Mixin, ValueError):
    value = 3
try:
    raise MyErr("bad")
except ValueError as e: print("caught", type(e).__name__, e, e.describe())
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, x): self.x = x
s1 = Single(1); s2 = Single(2)
print(s1 is s2, s1.x)
class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
    def __len__(cls): return 42
    def __iter__(cls): return iter([1,2,3])
    def hello(cls): return "hello from " + cls.__name__
class P(metaclass=Meta):
    def __init__(self, a): self.a = a
class Q(P): pass
p = Q(7)
print(p.a, Meta.registry, type(P).__name__, type(Q) is Meta, len(Q), list(P), P.hello())
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins.append((cls.__name__, name))
class PA(Plugin, name="a"): pass
class PB(Plugin): pass
print(Plugin.plugins)
T = type("T", (A,), {"x": 1})
print(T.x, T().who(), T.__mro__)
class WithRepr(type):
    def __repr__(cls): return f"<My {cls.__name__}>"
class R(metaclass=WithRepr): pass
print(repr(R), R)
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])
# expect: ['D', 'B', 'C', 'A', 'object']
# expect: D>B>C>A C.hello
# expect: (<class '__main__.B'>, <class '__main__.C'>) <class '__main__.B'>
# expect: Thing:5 True True
# expect: TypeError: Cannot create a consistent method resolution
# expect: order (MRO) for bases A, B
# expect: TypeError: duplicate base class A
# expect: caught MyErr bad MyErr:3
# expect: True 2
# expect: creating Q
# expect: 7 ['P', 'Q'] Meta True 42 [1, 2, 3] hello from P
# expect: [('PA', 'a'), ('PB', None)]
# expect: 1 A (<class '__main__.T'>, <class '__main__.A'>, <class 'object'>)
# expect: <My R> <My R>
# expect: G[int]
