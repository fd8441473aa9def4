# ctypes.Structure as data: construction by position and keyword, field access and
# assignment with the C types' conversions and truncation, CPython's errors, the field
# descriptors (their reprs, offset, size), sizeof/alignment with x86-64 Linux's padding,
# nested structures and arrays as fields (objects on the parent's memory), inheritance.
from ctypes import *


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class Point(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]


p = Point(1, 2.5)
print(p.x, p.y, Point(y=4).x, Point(y=4).y, Point().x)
print(Point.x, Point.y, Point.x.offset, Point.y.size, type(Point.x).__name__)
print(type(Point), Point.__mro__, Point._fields_)
print(sizeof(Point), sizeof(p), alignment(Point))
p.x = 7
p.y += 0.25
print(p.x, p.y)
print(attempt(lambda: Point(1, 2, 3)))
print(attempt(lambda: Point(1, x=2)))
print(attempt(lambda: Point("a")))
print(attempt(lambda: setattr(p, "x", None)))
print(attempt(lambda: setattr(p, "x", c_int(3))))
p.x = c_double(9.5)
print(p.x)
q = Point(y=1, label="extra")  # an unknown keyword is an ordinary attribute
print(q.label, q.__dict__)


class Record(Structure):
    _fields_ = [("flag", c_char), ("count", c_int), ("small", c_short), ("total", c_double),
                ("code", c_char * 3), ("where", Point), ("history", c_int * 4),
                ("tiny", c_ubyte), ("ok", c_bool), ("letter", c_wchar)]


print(sizeof(Record), alignment(Record))
for name, ctype in Record._fields_:
    print(name, getattr(Record, name))
r = Record(b"x", 2**32 + 5, 70000, 1, b"ab", (3, 4), (7, 8, 9), 300, 5, "z")
print(r.flag, r.count, r.small, r.total, r.code, r.where.x, r.where.y, list(r.history),
      r.tiny, r.ok, r.letter)
r.count = -1
r.small = -32769
r.tiny = -1
print(r.count, r.small, r.tiny)
print(attempt(lambda: setattr(r, "count", 1.5)))
print(attempt(lambda: setattr(r, "flag", "a")))
print(attempt(lambda: setattr(r, "flag", b"ab")))
print(attempt(lambda: setattr(r, "letter", "ab")))
r.flag = 65
print(r.flag)

# a nested structure and an array field are objects on the record's own memory
w = r.where
w.x = 11
r.where.y = 12
h = r.history
h[0] = 100
r.history[3] = -5
print(r.where.x, r.where.y, list(r.history), type(w).__name__, type(h).__name__, len(h))
r.where = Point(1, 1)
r.where = (5, 6)
print(w.x, w.y)
r.history = (c_int * 4)(4, 3, 2, 1)
r.history = (9, 8)
print(list(h))
print(attempt(lambda: setattr(r, "where", 5)))
print(attempt(lambda: setattr(r, "where", (1, 2, 3))))
print(attempt(lambda: setattr(r, "where", Record())))
print(attempt(lambda: setattr(r, "history", [1, 2])))
print(attempt(lambda: setattr(r, "history", (1, 2, 3, 4, 5))))
# a char array field reads and takes bytes
r.code = b"xyz"
print(r.code)
r.code = b"q"
print(r.code)
print(attempt(lambda: setattr(r, "code", b"long")))
print(attempt(lambda: setattr(r, "code", "str")))


# inheritance: the base's fields come first, and the subclass's follow its padding
class Base(Structure):
    _fields_ = [("a", c_int), ("b", c_char)]


class Derived(Base):
    _fields_ = [("c", c_char), ("d", c_double)]


class Same(Derived):
    pass


print(sizeof(Base), sizeof(Derived), sizeof(Same), Derived.c, Derived.d, Same._fields_)
d = Same(1, b"x", b"y", 2.5)
print(d.a, d.b, d.c, d.d)
print(attempt(lambda: Same(1, b"x", b"y", 2.5, 0)))
print(attempt(lambda: Same(1, a=2)))


# methods, properties and a __repr__ of the program's own
class Size(Structure):
    _fields_ = [("w", c_int), ("h", c_int)]

    @property
    def area(self):
        return self.w * self.h

    def __repr__(self):
        return "Size(%d, %d)" % (self.w, self.h)


print(Size(3, 4), Size(3, 4).area, [Size(1, 2)])


class Empty(Structure):
    pass


print(sizeof(Empty), alignment(Empty))
Empty._fields_ = [("v", c_long)]
print(sizeof(Empty), Empty(3).v)
print(attempt(lambda: setattr(Empty, "_fields_", [("w", c_int)])))
print(attempt(lambda: Structure()))
print(attempt(lambda: sizeof(Structure)), attempt(lambda: sizeof(3)), attempt(lambda: alignment("x")))
print(attempt(lambda: type("Bad", (Structure,), {"_fields_": [("a", int)]})))
print(attempt(lambda: type("Bad", (Structure,), {"_fields_": [("a",)]})))
print(attempt(lambda: type("Bad", (Structure,), {"_fields_": 5})))
print(attempt(lambda: type("Bad", (Structure,), {"_fields_": [("a", Structure)]})))
print(attempt(lambda: Point.x.__get__(5)))

# expect: 1.0 2.5 0.0 4.0 0.0
# expect: <Field type=c_double, ofs=0, size=8> <Field type=c_double, ofs=8, size=8> 0 8 CField
# expect: <class '_ctypes.PyCStructType'> (<class '__main__.Point'>, <class '_ctypes.Structure'>, <class '_ctypes._CData'>, <class 'object'>) [('x', <class 'ctypes.c_double'>), ('y', <class 'ctypes.c_double'>)]
# expect: 16 16 8
# expect: 7.0 2.75
# expect: TypeError: too many initializers
# expect: TypeError: duplicate values for field 'x'
# expect: TypeError: must be real number, not str
# expect: TypeError: must be real number, not NoneType
# expect: TypeError: incompatible types, c_int instance instead of c_double instance
# expect: 9.5
# expect: extra {'label': 'extra'}
# expect: 72 8
# expect: flag <Field type=c_char, ofs=0, size=1>
# expect: count <Field type=c_int, ofs=4, size=4>
# expect: small <Field type=c_short, ofs=8, size=2>
# expect: total <Field type=c_double, ofs=16, size=8>
# expect: code <Field type=c_char_Array_3, ofs=24, size=3>
# expect: where <Field type=Point, ofs=32, size=16>
# expect: history <Field type=c_int_Array_4, ofs=48, size=16>
# expect: tiny <Field type=c_ubyte, ofs=64, size=1>
# expect: ok <Field type=c_bool, ofs=65, size=1>
# expect: letter <Field type=c_wchar, ofs=68, size=4>
# expect: b'x' 5 4464 1.0 b'ab' 3.0 4.0 [7, 8, 9, 0] 44 True z
# expect: -1 32767 255
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: one character bytes, bytearray or integer expected
# expect: TypeError: one character bytes, bytearray or integer expected
# expect: TypeError: one character unicode string expected
# expect: b'A'
# expect: 11.0 12.0 [100, 8, 9, -5] Point c_int_Array_4 4
# expect: 5.0 6.0
# expect: [9, 8, 0, 0]
# expect: TypeError: expected Point instance, got int
# expect: RuntimeError: (Point) TypeError: too many initializers
# expect: TypeError: incompatible types, Record instance instead of Point instance
# expect: TypeError: expected c_int_Array_4 instance, got list
# expect: RuntimeError: (c_int_Array_4) IndexError: invalid index
# expect: b'xyz'
# expect: b'q'
# expect: ValueError: bytes too long (4, maximum length 3)
# expect: TypeError: expected bytes, str found
# expect: 8 24 24 <Field type=c_char, ofs=8, size=1> <Field type=c_double, ofs=16, size=8> [('c', <class 'ctypes.c_char'>), ('d', <class 'ctypes.c_double'>)]
# expect: 1 b'x' b'y' 2.5
# expect: TypeError: too many initializers
# expect: TypeError: duplicate values for field 'a'
# expect: Size(3, 4) 12 [Size(1, 2)]
# expect: 0 0
# expect: 8 3
# expect: AttributeError: _fields_ is final
# expect: TypeError: abstract class
# expect: TypeError: this type has no size TypeError: this type has no size TypeError: no alignment info
# expect: TypeError: second item in _fields_ tuple (index 0) must be a C type
# expect: TypeError: '_fields_' must be a sequence of (name, C type) pairs
# expect: TypeError: '_fields_' must be a sequence of pairs
# expect: TypeError: second item in _fields_ tuple (index 0) must be a C type
# expect: TypeError: not a ctype instance
