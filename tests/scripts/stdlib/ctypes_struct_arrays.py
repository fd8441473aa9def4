# Arrays of structures (Point * 3), arrays of arrays, their items as objects on the array's
# memory, slices, item conversion and errors, and the array types' names and caching.
from ctypes import *


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class Point(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]


Points = Point * 3
print(Points, Points.__name__, type(Points), Points._length_, Points._type_, sizeof(Points))
print(Points is Point * 3, alignment(Points))
a = Points((1, 2), Point(3, 4))
print(len(a), [(p.x, p.y) for p in a], type(a[0]).__name__)
a[2] = (5, 6)
a[0].x = 100
first = a[0]
first.y = -1
print([(p.x, p.y) for p in a], [(p.x, p.y) for p in a[1:]], [p.x for p in a[::-2]])
a[1] = first
first.x = 0
print(a[1].x, a[0].x)
print(attempt(lambda: a.__setitem__(0, 5)))
print(attempt(lambda: a.__setitem__(0, (1, 2, 3))))
print(attempt(lambda: a.__setitem__(0, c_int(1))))
print(attempt(lambda: a[3]), attempt(lambda: a[-4]), attempt(lambda: a["0"]))
print(attempt(lambda: Points((1, 2), (3, 4), (5, 6), (7, 8))))
print(attempt(lambda: a.__delitem__(0)))
print(a[-1].y, attempt(lambda: a.value))

Grid = (c_int * 3) * 2
g = Grid((1, 2, 3), (4, 5, 6))
print(Grid.__name__, sizeof(Grid), g[1][2], [list(row) for row in g])
row = g[0]
row[1] = 20
g[1] = (7, 8, 9)
print([list(r) for r in g])
print(attempt(lambda: g.__setitem__(0, [1, 2, 3])))

ints = (c_int * 5)(*range(5))
ints[1:3] = (10, 20)
ints[::2] = [7, 8, 9]
print(ints[:], ints[::-1], ints[5:1:-1], sum(ints))
print(attempt(lambda: ints.__setitem__(slice(0, 2), [1])))
print(attempt(lambda: ints.__setitem__(slice(0, 2), 5)))
floats = (c_float * 3)(1.1, 2.2)
print(floats[:])
chars = (c_char * 4)(b"a", b"b")
print(chars[:], chars.value, chars.raw)
chars.raw = b"wxyz"
print(chars.value, attempt(lambda: setattr(chars, "value", "s")))
wide = (c_wchar * 4)("h", "i")
print(repr(wide[:]), wide.value, attempt(lambda: wide.raw))
wide.value = "yes"
print(wide.value, attempt(lambda: setattr(wide, "value", "toolong")))
print(create_unicode_buffer("hey")[:] == "hey\x00", sizeof(create_unicode_buffer(3)))


class Line(Structure):
    _fields_ = [("ends", Point * 2), ("width", c_ubyte)]


line = Line(((0, 0), (3, 4)), 2)
print(sizeof(Line), Line.ends, line.ends[1].y, line.width)
line.ends[0].x = -1
print([(e.x, e.y) for e in line.ends])
lines = (Line * 2)()
lines[1].ends[1].x = 9
print(lines[1].ends[1].x, sizeof(lines))

# expect: <class '__main__.Point_Array_3'> Point_Array_3 <class '_ctypes.PyCArrayType'> 3 <class '__main__.Point'> 48
# expect: True 8
# expect: 3 [(1.0, 2.0), (3.0, 4.0), (0.0, 0.0)] Point
# expect: [(100.0, -1.0), (3.0, 4.0), (5.0, 6.0)] [(3.0, 4.0), (5.0, 6.0)] [5.0, 100.0]
# expect: 100.0 0.0
# expect: TypeError: expected Point instance, got int
# expect: RuntimeError: (Point) TypeError: too many initializers
# expect: TypeError: incompatible types, c_int instance instead of Point instance
# expect: IndexError: invalid index IndexError: invalid index TypeError: indices must be integers
# expect: IndexError: invalid index
# expect: TypeError: Array does not support item deletion
# expect: 6.0 AttributeError: 'Point_Array_3' object has no attribute 'value'
# expect: c_int_Array_3_Array_2 24 6 [[1, 2, 3], [4, 5, 6]]
# expect: [[1, 20, 3], [7, 8, 9]]
# expect: TypeError: expected c_int_Array_3 instance, got list
# expect: [7, 10, 8, 3, 9] [9, 3, 8, 10, 7] [9, 3, 8] 37
# expect: ValueError: Can only assign sequence of same size
# expect: ValueError: Can only assign sequence of same size
# expect: [1.100000023841858, 2.200000047683716, 0.0]
# expect: b'ab\x00\x00' b'ab' b'ab\x00\x00'
# expect: b'wxyz' TypeError: bytes expected instead of str instance
# expect: 'hi\x00\x00' hi AttributeError: 'c_wchar_Array_4' object has no attribute 'raw'
# expect: yes ValueError: string too long
# expect: True 12
# expect: 40 <Field type=Point_Array_2, ofs=0, size=32> 4.0 2
# expect: [(-1.0, 0.0), (3.0, 4.0)]
# expect: 9.0 80
