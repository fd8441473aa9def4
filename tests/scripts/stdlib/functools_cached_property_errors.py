# functools.cached_property: its errors as CPython 3.11's (no __dict__ to cache in, one
# instance under two names, no __set_name__ call, a read-only __dict__), and its caching.
import functools


class CP:
    __slots__ = ('x',)

    def __init__(self):
        self.x = 2

    @functools.cached_property
    def double(self):
        return self.x * 2


try:
    CP().double
except TypeError as e:
    print(type(e).__name__, e)
cp = functools.cached_property(lambda self: 1)


class Late:
    pass


Late.p = cp
try:
    Late().p
except TypeError as e:
    print(e)


class MP(type):
    @functools.cached_property
    def v(cls):
        return 42


class K(metaclass=MP):
    pass


try:
    print(K.v)
except TypeError as e:
    print(e)


class Ok:
    @functools.cached_property
    def v(self):
        "doc here"
        print('computing')
        return 5


o = Ok()
print(o.v, o.v, o.__dict__, Ok.v.__doc__, Ok.v.attrname, type(Ok.v).__name__)
del o.v
print(o.v)
print(functools.cached_property[int])
c = functools.cached_property(lambda s: 1)
c.__set_name__(object, 'n')
c.__set_name__(object, 'n')
try:
    c.__set_name__(object, 'm')
except TypeError as e:
    print(e)

# expect: TypeError No '__dict__' attribute on 'CP' instance to cache 'double' property.
# expect: Cannot use cached_property instance without calling __set_name__ on it.
# expect: The '__dict__' attribute on 'MP' instance does not support item assignment for caching 'v' property.
# expect: computing
# expect: 5 5 {'v': 5} doc here v cached_property
# expect: computing
# expect: 5
# expect: functools.cached_property[int]
# expect: Cannot assign the same cached_property to two different names ('n' and 'm').
