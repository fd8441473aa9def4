# attribute_caches_follow_class_changes.py: an attribute instruction remembers what the lookup on
# the last class it saw found; a method replaced, an instance attribute shadowing a method, a
# property added, a class attribute deleted, __setattr__ added and removed, several classes at
# one instruction and __getattr__ all give what the class says now.
class A:
    def who(self):
        return "A.who"

class B:
    def who(self):
        return "B.who"

def call_who(objs):
    return [o.who() for o in objs]

def read_x(objs):
    return [o.x for o in objs]

a, b = A(), B()
print(call_who([a, b, a, b]))
A.who = lambda self: "A.who replaced"
print(call_who([a, b]))
a.who = lambda: "instance attribute"
print(call_who([a, b]))
del a.who
print(call_who([a]))

a.x = 1
b.x = 2
print(read_x([a, b, a]))
A.x = property(lambda self: "property wins")
print(read_x([a, b]))
del A.x
print(read_x([a, b]))
A.x = "class attribute"
print(read_x([a]))
del a.x
print(read_x([a]))

class S:
    __slots__ = ("x",)
s = S()
s.x = "slot"
print(read_x([s, b]))
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError:", e)

def set_x(o, v):
    o.x = v

c = A()
set_x(c, 10)
print(c.x)
def loud(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
A.__setattr__ = loud
set_x(c, 11)
print(c.x)
del A.__setattr__
set_x(c, 12)
print(c.x)
c.__class__ = B
print(call_who([c]), c.x)

class Base:
    def m(self):
        return "Base.m"
class Derived(Base):
    pass
d = Derived()
print(call_who.__name__, [d.m() for _ in range(2)])
Derived.m = lambda self: "Derived.m"
print([d.m() for _ in range(2)])
Base.m = lambda self: "Base.m new"
del Derived.m
print([d.m() for _ in range(2)])

class G:
    def __getattr__(self, name):
        return "missing " + name
g = G()
print(read_x([g, a]))
g.x = "present"
print(read_x([g]))

# expect: ['A.who', 'B.who', 'A.who', 'B.who']
# expect: ['A.who replaced', 'B.who']
# expect: ['instance attribute', 'B.who']
# expect: ['A.who replaced']
# expect: [1, 2, 1]
# expect: ['property wins', 2]
# expect: [1, 2]
# expect: [1]
# expect: ['class attribute']
# expect: ['slot', 2]
# expect: AttributeError: 'S' object has no attribute 'y'
# expect: 10
# expect: setattr x 11
# expect: 11
# expect: 12
# expect: ['B.who'] 12
# expect: call_who ['Base.m', 'Base.m']
# expect: ['Derived.m', 'Derived.m']
# expect: ['Base.m new', 'Base.m new']
# expect: ['missing x', 'class attribute']
# expect: ['present']
