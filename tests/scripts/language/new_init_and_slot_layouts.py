# A list subclass with its own __new__ is still filled by list.__init__; a class with
# __slots__ combines with a plain class but not with another slotted one (layout); the
# output CPython 3.11 printed.
class L(list):
    def __new__(cls, *a): return super().__new__(cls)
print(L([1, 2]))
class A: __slots__ = ('x',)
class B: pass
class C(B, A): pass
c = C(); c.x = 1; c.y = 2; print(c.x, c.y, [k.__name__ for k in C.__mro__])
class D: __slots__ = ('d',)
try:
    class E(A, D): pass
except TypeError as e: print("TypeError:", e)
# expect: [1, 2]
# expect: 1 2 ['C', 'B', 'A', 'object']
# expect: TypeError: multiple bases have instance lay-out conflict
