# STORE_ATTR on instances from one instruction, as its cache sees them change: the value
# replaced is released at once, a class that gains a property or a __setattr__ later takes
# over the store, an instance whose __dict__ was replaced, an attribute deleted and set again.
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("freed", self.name)

class Box:
    pass

def put(o, v):
    o.item = v

b = Box()
for i in range(3):
    put(b, Noisy(i))
    print("stored", b.item.name)
put(b, None)
print("after None")

# The class gains a property for the name: the store goes through it.
def setter(self, v): print("property set", v)
Box.item = property(lambda self: "prop", setter)
put(b, 5)
print(b.item, b.__dict__)
del Box.item
print(b.item)

# __setattr__ added to the class later.
def logged(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
Box.__setattr__ = logged
put(b, 6)
del Box.__setattr__
put(b, 7)
print(b.item)

# A replaced __dict__, shared with another name.
d = {"item": 1}
b.__dict__ = d
put(b, 8)
print(d, b.item)
del b.item
put(b, 9)
print(d)

# Many instances of two classes through one instruction.
class Other:
    def __init__(self): self.pad = 0
objs = [Box() if i % 2 else Other() for i in range(6)]
for r in range(3):
    for o in objs:
        put(o, r)
print([o.item for o in objs], [sorted(vars(o)) for o in objs[:2]])

# __dict__ itself: assigned, refused, deleted.
class Plain:
    pass
p = Plain()
p.a = 1
try:
    p.__dict__ = 5
except TypeError as e:
    print(e)
shared = {"b": 2}
p.__dict__ = shared
p.c = 3
print(shared, p.b, vars(p) is shared)
del p.__dict__
print(p.__dict__, shared)
p.d = 4
print(p.__dict__)

# A dict holding a '__dict__' key: assigning __dict__ still replaces the dict.
class Odd:
    pass
o = Odd()
o.__dict__["__dict__"] = 1
o.__dict__ = {"x": 1}
print(o.x, o.__dict__)

# expect: stored 0
# expect: freed 0
# expect: stored 1
# expect: freed 1
# expect: stored 2
# expect: freed 2
# expect: after None
# expect: property set 5
# expect: prop {'item': None}
# expect: None
# expect: setattr item 6
# expect: 7
# expect: {'item': 8} 8
# expect: {'item': 9}
# expect: [2, 2, 2, 2, 2, 2] [['item', 'pad'], ['item']]
# expect: __dict__ must be set to a dictionary, not a 'int'
# expect: {'b': 2, 'c': 3} 2 True
# expect: {} {'b': 2, 'c': 3}
# expect: {'d': 4}
# expect: 1 {'x': 1}
