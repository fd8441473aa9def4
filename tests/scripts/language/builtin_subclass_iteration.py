# A list, str or dict subclass iterates its items as the built-in does, whatever __getitem__ it
# defines (and dict() copies a dict subclass as a dict); bool's &, | and ^ keep bools bools.
class L(list):
    def __getitem__(self, i):
        if isinstance(i, int) and i >= 2: raise IndexError(i)
        return 99
l = L([1, 2])
print(list(l), sum(l), [x for x in l], tuple(l), sorted(l), [*l], l[0])
class S(str):
    def __getitem__(self, i): return "x"
print(list(S("ab")))
class D(dict):
    def __getitem__(self, k): return 0
print(list(D(a=1)), dict(D(a=1)))
print(True & False, True ^ True, True | False, False | False)
a = True; a &= False; print(a, type(a))
a = True; a |= 0; print(a, type(a))
import json; print(json.dumps({"ok": True & False}))

# expect: [1, 2] 3 [1, 2] (1, 2) [1, 2] [1, 2] 99
# expect: ['a', 'b']
# expect: ['a'] {'a': 1}
# expect: False False True False
# expect: False <class 'bool'>
# expect: 1 <class 'int'>
# expect: {"ok": false}
