# __hash__ called as a method agrees with hash(): built-in values hash by value, an instance
# by identity (also through super() from its own __hash__).
print((3).__hash__(), (-1).__hash__(), "a".__hash__() == hash("a"))  # expect: 3 -2 True
print((1, 2).__hash__() == hash((1, 2)), (2.5).__hash__() == hash(2.5))  # expect: True True
print(frozenset([1]).__hash__() == hash(frozenset([1])))  # expect: True


class Keyed:
    def __init__(self, key):
        self.key = key

    def __hash__(self):
        return super().__hash__() ^ 0


k = Keyed(1)
print(k.__hash__() == hash(k) == object.__hash__(k))  # expect: True
