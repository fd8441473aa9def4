# attribute_dict_index_guesses.py: an attribute instruction remembers where in an instance's dict
# it last found its name; instances that gained attributes in other orders, attributes deleted and
# added again, a key that is an equal but different str, a dict cleared or changed through
# __dict__, properties and __slots__ all read and store what the instance really holds.
class P:
    pass

def make(order):
    p = P()
    for name in order:
        setattr(p, name, name.upper())
    return p

def read_b(objs):
    return [o.b for o in objs]

def bump_b(objs, suffix):
    for o in objs:
        o.b = o.b + suffix

ps = [make("abc"), make("cba"), make("b"), make("xyzb")]
print(read_b(ps))
bump_b(ps, "!")
print(read_b(ps))
q = ps[0]
del q.a
q.a = "again"
print(read_b([q]), q.__dict__)
del q.b
q.b = "moved"
print(read_b([q, ps[1]]), list(q.__dict__))
key = "".join(["b"])
setattr(q, key, "non-interned key")
print(read_b([q]))
q.__dict__.clear()
try:
    read_b([q])
except AttributeError as e:
    print("AttributeError:", e)
q.__dict__["b"] = "through __dict__"
print(read_b([q]))
vars(q).update(b="updated", c=3)
bump_b([q], "?")
print(read_b([q]), q.c)

class WithProp:
    def __init__(self):
        self._b = 0
    @property
    def b(self):
        return "prop %s" % self._b
    @b.setter
    def b(self, v):
        self._b = v
w = WithProp()
bump_b([w], "+")
print(read_b([w, ps[1]]), w.__dict__)

class Slotted:
    __slots__ = ("b", "__dict__")
s = Slotted()
s.b = "slot"
s.__dict__["b"] = "dict"
print(read_b([s]))
bump_b([s], "#")
print(read_b([s]), s.__dict__)

for i in range(5):
    objs = [make("ab"), make("ba")]
    bump_b(objs, str(i))
print(read_b(objs))

# expect: ['B', 'B', 'B', 'B']
# expect: ['B!', 'B!', 'B!', 'B!']
# expect: ['B!'] {'b': 'B!', 'c': 'C', 'a': 'again'}
# expect: ['moved', 'B!'] ['c', 'a', 'b']
# expect: ['non-interned key']
# expect: AttributeError: 'P' object has no attribute 'b'
# expect: ['through __dict__']
# expect: ['updated?'] 3
# expect: ['prop prop 0+', 'B!'] {'_b': 'prop 0+'}
# expect: ['slot']
# expect: ['slot#'] {'b': 'dict'}
# expect: ['B4', 'B4']
