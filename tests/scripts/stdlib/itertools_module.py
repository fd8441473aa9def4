# itertools: every building block, with the results CPython 3.11 printed.
from itertools import *
import operator
print(list(islice(count(5, 2), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul if hasattr(operator, "mul") else (lambda a, b: a * b), initial=10)) if False else list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(islice("abcdefg", 2, None, 2)), list(islice("abcdefg", 3)), list(pairwise("abcd")))
print(list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), list(permutations(range(3))))
print(list(combinations("abcd", 2)), list(combinations_with_replacement("abc", 2)))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [k for k, g in groupby([1, 1, 2, 3, 3])])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0])])
a, b = tee([1, 2, 3])
print(list(a), list(b))
# expect: [5, 7, 9, 11] ['a', 'b', 'a', 'b', 'a'] [7, 7, 7]
# expect: [1, 3, 6, 10] [10, 10, 20, 60]
# expect: ['a', 'b', 1, 2] ['x', 'y', 'z']
# expect: ['a', 'c', 'e', 'f'] [3, 1] [1, 2]
# expect: [0, 2, 4] [8, 9]
# expect: ['c', 'e', 'g'] ['a', 'b', 'c'] [('a', 'b'), ('b', 'c'), ('c', 'd')]
# expect: [('a', 'x'), ('b', 'y'), ('-', 'z')]
# expect: [('a', 0), ('a', 1), ('b', 0), ('b', 1)] 27
# expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
# expect: [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])] [1, 2, 3]
# expect: [('a', 2), ('b', 2), ('c', 1)]
# expect: [1, 2, 3] [1, 2, 3]
