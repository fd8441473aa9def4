# += on a list subclass changes it in place and keeps its class; a base made by
# __mro_entries__ that nothing else holds stays alive; \U escapes in patterns; the output
# CPython 3.11 printed.
import re
class S(list): pass
s = S(); t = s; s += [1]; print(t, type(s).__name__, s is t)
class B:
    def __mro_entries__(self, bases): return (type('Tmp', (), {'x': 5}),)
class C(B()): pass
print(C.x, [k.__name__ for k in C.__mro__])
print(re.findall('\\U00000041', 'AB'))
# expect: [1] S True
# expect: 5 ['C', 'Tmp', 'object']
# expect: ['A']
