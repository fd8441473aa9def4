# list.sort and sorted() compare keys of one built-in kind (ints, floats, strs, tuples led by
# them) directly, as CPython's pre-sort check lets it: the order, its stability (reverse
# too), and every case that must still go through '<' give CPython's results.
import random

random.seed(3)
ints = [random.randrange(-50, 50) for _ in range(60)]
print(sorted(ints)[:12], sorted(ints, reverse=True)[:5])
pairs = [(random.randrange(5), i) for i in range(30)]
print(sorted(pairs, key=lambda p: p[0])[:10])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:10])
floats = [0.0, -0.0, 1.5, -2.25, 1e300, -1e300, 0.0, -0.0, 3.0]
print(sorted(floats), sorted(floats, reverse=True))
print(sorted([3.0, float("nan"), 1.0, 2.0]), sorted([float("inf"), 1.0, float("-inf")]))
words = ["pear", "Apple", "apple", "banana", "", "éclair", "zebra", "Zebra", "a", "ab", "😀", "\uffff"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
big = [2**70, -3, 2**64, 5, -2**80]
print(sorted(big), sorted([True, 2, False, 1, 0]), sorted([1, 2.5, 0, -1.5]))
recs = [(2, "b", 1.0), (1, "z", 2.0), (2, "a", 3.0), (1, "z", 0.5), (0, "q", 9.9)]
print(sorted(recs), sorted(recs, reverse=True))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 1)]), sorted([(1.5, "x"), (0.5, "y"), (1.5, "a")]))
print(sorted([(1,), (), (0, 1), (0,)]), sorted([(1, "a"), (1.0, "b"), (0, "c")]))

class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return f"R{self.v}"

print(sorted([(1, Rev(1)), (0, Rev(5)), (1, Rev(3)), (1, Rev(2))]))
print(sorted([Rev(3), Rev(1), Rev(2)]))
for bad in [[1, "a"], [(1, "a"), (1, 2)], [2.5, None], [(None,), (None,)]]:
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
data = list(range(20))
random.shuffle(data)
data.sort(key=lambda x: x % 3)
print(data)
print("\udcff" < "\ue000", "\ud800" < "\ue000", "\U00010000" > "\uffff", sorted(["\ue000", "\udcff", "\U00010000", "\uffff", "a"]))
print(max(["\uffff", "\U0001f600", "\ud83d"]), min("\U0001f600\ue000"), "a\U00010000" > "a\uffff")

# expect: [-49, -49, -47, -46, -45, -42, -42, -38, -34, -33, -33, -31] [49, 49, 47, 44, 43]
# expect: [(0, 14), (0, 22), (0, 27), (0, 28), (1, 12), (1, 17), (1, 23), (2, 0), (2, 2), (2, 7)]
# expect: [(4, 4), (4, 6), (4, 8), (4, 9), (4, 11), (4, 16), (4, 19), (4, 20), (4, 21), (4, 24)]
# expect: [-1e+300, -2.25, 0.0, -0.0, 0.0, -0.0, 1.5, 3.0, 1e+300] [1e+300, 3.0, 1.5, 0.0, -0.0, 0.0, -0.0, -2.25, -1e+300]
# expect: [3.0, nan, 1.0, 2.0] [-inf, 1.0, inf]
# expect: ['', 'Apple', 'Zebra', 'a', 'ab', 'apple', 'banana', 'pear', 'zebra', 'éclair', '\uffff', '😀'] ['', 'a', '😀', '\uffff', 'ab', 'pear', 'Apple', 'apple', 'zebra', 'Zebra', 'banana', 'éclair'] ['😀', '\uffff', 'éclair', 'zebra', 'Zebra', 'pear', 'banana', 'Apple', 'apple', 'ab', 'a', '']
# expect: [-1208925819614629174706176, -3, 5, 18446744073709551616, 1180591620717411303424] [False, 0, True, 1, 2] [-1.5, 0, 1, 2.5]
# expect: [(0, 'q', 9.9), (1, 'z', 0.5), (1, 'z', 2.0), (2, 'a', 3.0), (2, 'b', 1.0)] [(2, 'b', 1.0), (2, 'a', 3.0), (1, 'z', 2.0), (1, 'z', 0.5), (0, 'q', 9.9)]
# expect: [('a', 1), ('a', 3), ('b', 1), ('b', 2)] [(0.5, 'y'), (1.5, 'a'), (1.5, 'x')]
# expect: [(), (0,), (0, 1), (1,)] [(0, 'c'), (1, 'a'), (1.0, 'b')]
# expect: [(0, R5), (1, R3), (1, R2), (1, R1)]
# expect: [R3, R2, R1]
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: TypeError: '<' not supported between instances of 'NoneType' and 'float'
# expect: [3, 9, 12, 6, 0, 18, 15, 19, 7, 1, 10, 4, 16, 13, 5, 8, 17, 14, 11, 2]
# expect: True True True ['a', '\udcff', '\ue000', '\uffff', '𐀀']
# expect: 😀  True
