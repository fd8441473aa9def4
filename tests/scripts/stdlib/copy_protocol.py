# copy and deepcopy follow the pickle protocol where a class defines it: __reduce__ and
# __reduce_ex__ (callable, arguments, state, list items, dict items), __getstate__ and
# __setstate__; sharing is kept in a deep copy.
import copy


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (R, (self.v * 2,))


class S:
    def __init__(self):
        self.count = 1
        self.cache = {"big": [1, 2, 3]}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Bag(list):
    def __init__(self, items=(), label=""):
        super().__init__(items)
        self.label = label

    def __reduce_ex__(self, protocol):
        return (Bag, (), {"label": self.label}, iter(list(self)))


print(copy.copy(R(5)).v, copy.deepcopy(R(5)).v)  # expect: 10 10
s2 = copy.copy(S())
print(s2.count, s2.cache, copy.deepcopy(S()).cache)  # expect: 1 rebuilt rebuilt
b = Bag([[1], [2]], "x")
b2, b3 = copy.copy(b), copy.deepcopy(b)
print(b2, b2.label, b2[0] is b[0], b3, b3[0] is b[0], type(b3).__name__)
# expect: [[1], [2]] x True [[1], [2]] False Bag
shared = [1]
pair = [R(1), S(), shared, shared]
dup = copy.deepcopy(pair)
print(dup[0].v, dup[1].cache, dup[2] is dup[3], dup[2] is shared)  # expect: 2 rebuilt True False


class Plain:
    def __init__(self):
        self.items = [1, 2]


p = Plain()
print(copy.copy(p).items is p.items, copy.deepcopy(p).items is p.items)  # expect: True False
