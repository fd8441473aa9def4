# types.FunctionType builds a callable function from a code object and globals; an
# __iter__ that returns a non-iterator and a __len__ too large are CPython's errors.
import types


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2):
    return a + b + BASE


g = types.FunctionType(f.__code__, {"BASE": 100}, "g", (10,))
print(g.__name__, g(1), g(1, 1))
t(lambda: types.FunctionType(f.__code__, [], "h"))
t(lambda: types.FunctionType("code", {}))


class Listy:
    def __init__(self):
        self.items = [1, 2]

    def __iter__(self):
        return self.items


class Big:
    def __len__(self):
        return 2**70


class Negative:
    def __len__(self):
        return -1


t(lambda: iter(Listy()))
t(lambda: [x for x in Listy()])
t(lambda: len(Big()))
t(lambda: len(Negative()))

# expect: g 111 102
# expect: TypeError function() argument 'globals' must be dict, not list
# expect: TypeError function() argument 'code' must be code, not str
# expect: TypeError iter() returned non-iterator of type 'list'
# expect: TypeError iter() returned non-iterator of type 'list'
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: ValueError __len__() should return >= 0
