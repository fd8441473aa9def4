# TypedDict's required and optional keys: total= sets the default for the keys a class
# declares, Required[...] and NotRequired[...] (also inside Annotated) override it, and
# subclasses keep their bases' keys, as CPython's.
from typing import (Annotated, Generic, List, NotRequired, Required, TypedDict, TypeVar,
                    get_type_hints, is_typeddict)


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Rated(Movie, total=False):
    rating: float
    director: Required[str]


class Tagged(Rated):
    tags: List[str]
    note: Annotated[NotRequired[str], 'free text']
    stars: Required[Annotated[int, 'stars']]


def keys(td):
    return sorted(td.__required_keys__), sorted(td.__optional_keys__), td.__total__


print(keys(Movie))
print(keys(Rated))
print(keys(Tagged))
print(Movie.__annotations__)
print(get_type_hints(Tagged))
print(get_type_hints(Tagged, include_extras=True))

Point = TypedDict('Point', {'x': int, 'y': NotRequired[int], 'label': Required[str]}, total=False)
print(Point.__name__, Point.__module__, keys(Point))
Point2 = TypedDict('Point2', {'x': int})
print(keys(Point2), Point2.__annotations__)

m = Movie(title='Blade Runner')
m2: Movie = {'title': 'Alien', 'year': 1979}
print(m, m2, type(m).__name__, is_typeddict(Movie), is_typeddict(dict), is_typeddict(TypedDict))
print(Movie.__mro__, Tagged.__bases__, type(Movie).__name__)
for check in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Bad(Movie, int):
        pass
except TypeError as e:
    print('TypeError:', e)

T = TypeVar('T')


class Box(TypedDict, Generic[T]):
    item: T
    count: NotRequired[int]


print(Box[int], Box.__parameters__, keys(Box), Box(item=1))
print(Required[int], NotRequired[List[int]], Required[int].__origin__, NotRequired[int].__args__)
for make in (lambda: Required[int, str], lambda: NotRequired[()]):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

# expect: (['title'], ['year'], True)
# expect: (['director', 'title'], ['rating', 'year'], False)
# expect: (['director', 'stars', 'tags', 'title'], ['note', 'rating', 'year'], True)
# expect: {'title': <class 'str'>, 'year': typing.NotRequired[int]}
# expect: {'title': <class 'str'>, 'year': <class 'int'>, 'rating': <class 'float'>, 'director': <class 'str'>, 'tags': typing.List[str], 'note': <class 'str'>, 'stars': <class 'int'>}
# expect: {'title': <class 'str'>, 'year': typing.NotRequired[int], 'rating': <class 'float'>, 'director': typing.Required[str], 'tags': typing.List[str], 'note': typing.Annotated[typing.NotRequired[str], 'free text'], 'stars': typing.Required[typing.Annotated[int, 'stars']]}
# expect: Point __main__ (['label'], ['x', 'y'], False)
# expect: (['x'], [], True) {'x': <class 'int'>}
# expect: {'title': 'Blade Runner'} {'title': 'Alien', 'year': 1979} dict True False False
# expect: (<class '__main__.Movie'>, <class 'dict'>, <class 'object'>) (<class 'dict'>,) _TypedDictMeta
# expect: TypeError: TypedDict does not support instance and class checks
# expect: TypeError: TypedDict does not support instance and class checks
# expect: TypeError: cannot inherit from both a TypedDict type and a non-TypedDict base class
# expect: __main__.Box[int] (~T,) (['item'], ['count'], True) {'item': 1}
# expect: typing.Required[int] typing.NotRequired[typing.List[int]] typing.Required (<class 'int'>,)
# expect: TypeError: Required accepts only a single type. Got (<class 'int'>, <class 'str'>).
# expect: TypeError: NotRequired accepts only a single type. Got ().
