# Subclasses of set and frozenset print under their own name, as CPython's set repr does.
class TagSet(set):
    pass


class Frozen(frozenset):
    pass


class set(set):
    pass


print(TagSet([1, 2]), repr(TagSet()), Frozen([3]), Frozen(), set([4]), set())
t = TagSet([5])
t.add(t and 6)
print(sorted(t), str(TagSet("ab")) in ("TagSet({'a', 'b'})", "TagSet({'b', 'a'})"))
print([TagSet([7])], {"k": Frozen([8])})

# expect: TagSet({1, 2}) TagSet() Frozen({3}) Frozen() set({4}) set()
# expect: [5, 6] True
# expect: [TagSet({7})] {'k': Frozen({8})}
