# attribute_errors_from_loads.py: an instance attribute load that finds nothing raises AttributeError
# from the eval loop itself: messages, contexts and tracebacks as CPython's, for __slots__ members,
# dict attributes and properties whose getter fails.
class C:
    __slots__ = ("a",)
class D:
    def __init__(self):
        self.x = 1
    @property
    def p(self):
        return self.missing_inside
c, d = C(), D()
for obj, name in ((c, "a"), (c, "b"), (d, "y"), (d, "p")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("getattr:", e)
def load(o):
    return o.y
for o in (d, c):
    try:
        load(o)
    except AttributeError as e:
        print("load:", e, type(e).__name__, e.__context__)
try:
    d.p
except AttributeError as e:
    print("property:", e)
try:
    c.a
except AttributeError as e:
    print("empty slot:", e)
import traceback
try:
    load(c)
except AttributeError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))

# expect: getattr: 'C' object has no attribute 'a'
# expect: getattr: 'C' object has no attribute 'b'
# expect: getattr: 'D' object has no attribute 'y'
# expect: getattr: 'D' object has no attribute 'missing_inside'
# expect: load: 'D' object has no attribute 'y' AttributeError None
# expect: load: 'C' object has no attribute 'y' AttributeError None
# expect: property: 'D' object has no attribute 'missing_inside'
# expect: empty slot: 'C' object has no attribute 'a'
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 35, in <module>
# expect:     load(c)
# expect:   File "FILE", line 19, in load
# expect:     return o.y
# expect:            ^^^
# expect: AttributeError: 'C' object has no attribute 'y'
# expect: 
