# sys.getsizeof and __sizeof__ report what CPython 3.11 reports on a 64-bit build: its
# object layouts, a list's and a dict's and a set's spare room as CPython's growth leaves it,
# the collector's header in front of tracked objects, and a class's own __sizeof__.
import sys

size = sys.getsizeof
print("ints", size(0), size(1), size(2**30 - 1), size(2**30), size(2**60), size(2**100), size(-2**63), size(True))
print("strs", size(""), size("a"), size("hello"), size("é"), size("€"), size("😀"), size("ab€"))
print("bytes", size(b""), size(b"ab"), size(bytearray()), size(bytearray(b"ab")), size(bytearray(10)))
print("lists", size([]), size([1]), size([1, 2]), size([1, 2, 3]), size([1, 2, 3, 4, 5]), size(list(range(10))), size(list(range(1000))))
print("comprehension", size([i for i in range(1000)]))
grown, sizes = [], []
for i in range(20):
    sizes.append(size(grown))
    grown.append(i)
print("appends", sizes)
print("tuples", size(()), size((1,)), size((1, 2, 3)))
print("dicts", size({}), size({"a": 1}), size(dict(a=1, b=2, c=3, d=4, e=5, f=6)), size({i: i for i in range(10)}), size(dict.fromkeys(range(1000))))
d, sizes = {}, []
for i in range(25):
    sizes.append(size(d))
    d[i] = i
print("dict inserts", sizes)
s, sizes = set(), []
for i in range(25):
    sizes.append(size(s))
    s.add(i)
print("set adds", sizes)
print("sets", size(set(range(100))), size(frozenset()))
print("others", size(None), size(1.5), size(1j), size(range(10)), size(object()), size(iter([])), size(lambda: 0))


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class Sized:
    def __sizeof__(self):
        return 100


print("instances", size(Plain()), size(Slotted()), size(Sized()), object().__sizeof__(), [].__sizeof__(), (5).__sizeof__())


class Negative:
    def __sizeof__(self):
        return -1


class NotAnInt:
    def __sizeof__(self):
        return "big"


try:
    size(Negative(), 7)
except ValueError as e:
    print("ValueError:", e)
print("default", size(NotAnInt(), 7))
try:
    size(NotAnInt())
except TypeError as e:
    print("TypeError:", e)

# expect: ints 28 28 28 32 36 40 36 28
# expect: strs 49 50 54 74 76 80 80
# expect: bytes 33 35 56 59 67
# expect: lists 56 64 72 88 104 136 8056
# expect: comprehension 8856
# expect: appends [56, 88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184, 248, 248, 248]
# expect: tuples 40 48 64
# expect: dicts 64 184 272 352 36952
# expect: dict inserts [64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352, 632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 1168, 1168, 1168]
# expect: set adds [216, 216, 216, 216, 216, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 2264, 2264, 2264, 2264, 2264, 2264]
# expect: sets 8408 216
# expect: others 16 24 32 48 16 48 152
# expect: instances 56 48 132 16 40 28
# expect: ValueError: __sizeof__() should return >= 0
# expect: default 7
# expect: TypeError: an integer is required
