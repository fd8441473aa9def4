# Built-in types' dunder methods as attributes ([1].__len__(), int.__add__, dict.__getitem__,
# reflected operators, NotImplemented for operands a type does not handle); the output CPython
# 3.11 printed.
print([1, 2].__len__(), int.__add__(1, 2), (5).__neg__(), "a".__lt__("b"), dict.__getitem__({"k": 3}, "k"))
print((1).__add__("x"), int.__radd__(1, 2), (3.5).__mul__(2), "ab".__mul__(3), [1].__add__([2]), (1, 2).__contains__(2))
d = {}; d.__setitem__("a", 1); print(d, d.__contains__("a"), list({1: 2}.__iter__()), (1).__eq__(1), "x".__hash__() == hash("x"))
print(sorted([3, 1, 2], key=int.__neg__), list(map(str.__len__, ["ab", "c"])), (7).__index__(), (2.5).__float__(), (0).__bool__())
l = [1, 2, 3]; l.__delitem__(0); print(l, range(5).__len__(), frozenset({1}).__contains__(1), repr(1).__repr__())
import functools, operator
print(functools.reduce(int.__mul__, [1, 2, 3, 4]), (10).__floordiv__(3), (10).__rsub__(3), {1} .__or__({2}))
# expect: 2 3 -5 True 3
# expect: NotImplemented 3 7.0 ababab [1, 2] True
# expect: {'a': 1} True [1] True True
# expect: [3, 2, 1] [2, 1] 7 2.5 False
# expect: [2, 3] 5 True '1'
# expect: 24 3 -7 {1, 2}
