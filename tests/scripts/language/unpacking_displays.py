# ** and * in displays and calls, at module level (where nothing lies below them on the
# stack) and inside functions, and the errors a duplicate keyword gives, as CPython 3.11
# words them (module.qualname(), without the module for built-ins).
import math

print({**{1: 2}, **{3: 4}, 5: 6})  # expect: {1: 2, 3: 4, 5: 6}
print({5: 6, **{1: 2}})  # expect: {5: 6, 1: 2}
print([*range(3), *"ab"], (*[1], 2))  # expect: [0, 1, 2, 'a', 'b'] (1, 2)
merged = {**{"a": 1}, **{"a": 2}}
print(merged)  # expect: {'a': 2}


def inside():
    first, *middle, last = range(5)
    return {**{"m": middle}, "f": first, **{"l": last}}


print(inside())  # expect: {'m': [1, 2, 3], 'f': 0, 'l': 4}


class Point:
    def __init__(self, **coordinates):
        self.coordinates = coordinates


def keywords(**k):
    return k


print(keywords(**{"x": 1}, **{"y": 2}))  # expect: {'x': 1, 'y': 2}
for target in (keywords, Point, dict, math.sqrt):
    try:
        target(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        print(e)
# expect: __main__.keywords() got multiple values for keyword argument 'a'
# expect: __main__.Point() got multiple values for keyword argument 'a'
# expect: dict() got multiple values for keyword argument 'a'
# expect: math.sqrt() got multiple values for keyword argument 'a'
