# __slots__: values kept in the instance, no __dict__ unless asked for or inherited,
# member descriptors, conflicts with class variables; the output CPython 3.11 printed.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y, P.x)
try: p.z = 3
except AttributeError as e: print("AttributeError:", e)
try: print(p.__dict__)
except AttributeError as e: print("AttributeError:", e)
del p.x
try: print(p.x)
except AttributeError as e: print("AttributeError:", e)
class Q(P):
    __slots__ = "z"
q = Q(1, 2); q.z = 9; print(q.x, q.z)
class R(P): pass
r = R(3, 4); r.w = 5; print(r.w, r.__dict__)
class S:
    __slots__ = ("a", "__dict__")
s = S(); s.a = 1; s.b = 2; print(s.a, s.b, s.__dict__)
try:
    class T:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print("ValueError:", e)
print(hasattr(p, "x"), getattr(p, "y"))
class Vec:
    __slots__ = ['a', 'b']
    def __init__(self): self.a = [1]; self.b = {"k": self.a}
v = Vec(); print(v.b)
# expect: 1 2 <member 'x' of 'P' objects>
# expect: AttributeError: 'P' object has no attribute 'z'
# expect: AttributeError: 'P' object has no attribute '__dict__'
# expect: AttributeError: 'P' object has no attribute 'x'
# expect: 1 9
# expect: 5 {'w': 5}
# expect: 1 2 {'b': 2}
# expect: ValueError: 'a' in __slots__ conflicts with class variable
# expect: False 2
# expect: {'k': [1]}
