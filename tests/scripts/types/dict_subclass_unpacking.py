# ** on a dict subclass merges its entries directly, as CPython's dict_merge does, unless the
# subclass changes iteration; a mapping that is not a dict goes through keys() and [].
class CaseInsensitive(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key.lower())

    def keys(self):
        print("keys called")
        return super().keys()


class OwnIteration(dict):
    def __iter__(self):
        print("iter called")
        return iter(sorted(super().keys()))

    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, key):
        print("mapping getitem", key)
        return key * 2


def show(**kw):
    return sorted(kw.items())


ci = CaseInsensitive(a=1, b=2)
print({**ci})
print(show(**ci))
oi = OwnIteration(b=2, a=1)
print({**oi})
print(show(**oi))
print({**Mapping()}, show(**Mapping()))
try:
    show(**ci, a=3)
except TypeError as e:
    print(e)

# expect: {'a': 1, 'b': 2}
# expect: [('a', 1), ('b', 2)]
# expect: getitem b
# expect: getitem a
# expect: {'b': 2, 'a': 1}
# expect: getitem b
# expect: getitem a
# expect: [('a', 1), ('b', 2)]
# expect: mapping getitem x
# expect: mapping getitem y
# expect: mapping getitem x
# expect: mapping getitem y
# expect: {'x': 'xx', 'y': 'yy'} [('x', 'xx'), ('y', 'yy')]
# expect: __main__.show() got multiple values for keyword argument 'a'
