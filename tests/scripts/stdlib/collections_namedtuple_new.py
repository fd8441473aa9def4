# A named tuple's __new__ has one parameter per field (with the defaults), as CPython's:
# calls bind and fail as a function's do; its qualified names, doc and pickling.
import collections, pickle, copy
NT = collections.namedtuple('NT', 'a b')
P1 = collections.namedtuple('P1', 'x')
D = collections.namedtuple('D', 'x y z', defaults=[1, 2])
print(NT(1, 2), NT(a=1, b=2), NT(1, b=2), P1(5), D(0), D(0, z=9), D._field_defaults)
for call in (lambda: NT(1), lambda: NT(1, 2, 3), lambda: NT(1, c=2), lambda: NT(1, a=2), lambda: NT(), lambda: D(), lambda: D(1, 2, 3, 4), lambda: P1(1, 2)):
    try: call()
    except TypeError as e: print(e)
print(NT.__new__.__qualname__, NT.__new__.__doc__, NT.__new__.__defaults__, D.__new__.__defaults__, NT.__new__.__module__)
print(NT._make([3, 4]), NT(1, 2)._replace(a=5), NT(1, 2)._asdict(), NT.__doc__, NT._make.__qualname__)
print(pickle.loads(pickle.dumps(NT(1, 2))) if NT.__module__ == '__main__' else '', copy.copy(NT(1, 2)))
class Sub(NT):
    def total(self): return self.a + self.b
print(Sub(1, 2), Sub(1, 2).total())
R = collections.namedtuple('R', ['def', 'x', 'x'], rename=True)
print(R._fields, R(1, 2, 3))
print(isinstance(NT(1, 2), tuple), NT(1, 2) == (1, 2), hash(NT(1, 2)) == hash((1, 2)))

# expect: NT(a=1, b=2) NT(a=1, b=2) NT(a=1, b=2) P1(x=5) D(x=0, y=1, z=2) D(x=0, y=1, z=9) {'y': 1, 'z': 2}
# expect: NT.__new__() missing 1 required positional argument: 'b'
# expect: NT.__new__() takes 3 positional arguments but 4 were given
# expect: NT.__new__() got an unexpected keyword argument 'c'
# expect: NT.__new__() got multiple values for argument 'a'
# expect: NT.__new__() missing 2 required positional arguments: 'a' and 'b'
# expect: D.__new__() missing 1 required positional argument: 'x'
# expect: D.__new__() takes from 2 to 4 positional arguments but 5 were given
# expect: P1.__new__() takes 2 positional arguments but 3 were given
# expect: NT.__new__ Create new instance of NT(a, b) None (1, 2) namedtuple_NT
# expect: NT(a=3, b=4) NT(a=5, b=2) {'a': 1, 'b': 2} NT(a, b) NT._make
# expect: NT(a=1, b=2) NT(a=1, b=2)
# expect: Sub(a=1, b=2) 3
# expect: ('_0', 'x', '_2') R(_0=1, x=2, _2=3)
# expect: True True True
