# ctypes.Union (fields over the same bytes), _pack_, bit fields (laid out as CPython 3.11
# lays them out on x86-64 Linux) and _anonymous_ fields.
from ctypes import *


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class Number(Union):
    _fields_ = [("i", c_int), ("f", c_float), ("b", c_ubyte * 4)]


print(type(Number), Number.__mro__[1], sizeof(Number), alignment(Number))
print(Number.i, Number.f, Number.b)
n = Number(1065353216)
print(n.f, list(n.b))
n.f = -2.5
print(n.i, list(n.b))
n.b[3] = 0x3f
n.b[2] = 0x80
print(n.f, hex(n.i))
print(attempt(lambda: Number(1, 2.0, (1,), 4)))


class Wide(Union):
    _fields_ = [("d", c_double), ("s", c_short * 5), ("c", c_char)]


print(sizeof(Wide), alignment(Wide), list(Wide(1.5).s), Wide(c=b"A").s[0])


# _pack_ caps each field's alignment
for pack in (0, 1, 2, 4):
    fields = [("a", c_char), ("b", c_double), ("c", c_short), ("d", c_int * 3)]
    P = type("P%d" % pack, (Structure,), {"_pack_": pack, "_fields_": fields})
    print(pack, sizeof(P), alignment(P), P.b, P.c, P.d)
    v = P(b"z", 1.25, -3, (1, 2, 3))
    print(v.a, v.b, v.c, list(v.d))


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("tag", c_ubyte), ("value", c_uint32), ("inner", Wide)]


class Holder(Structure):
    _fields_ = [("c", c_char), ("p", Packed), ("end", c_ubyte)]


print(sizeof(Packed), alignment(Packed), Packed.inner, sizeof(Holder), Holder.p, Holder.end)
print(attempt(lambda: type("Bad", (Structure,), {"_pack_": -1, "_fields_": [("a", c_int)]})))
print(attempt(lambda: type("Bad", (Structure,), {"_pack_": "x", "_fields_": [("a", c_int)]})))


# bit fields
class Flags(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint, 30), ("d", c_short),
                ("e", c_ubyte, 2), ("f", c_ulonglong, 40), ("g", c_short, 9)]


print(sizeof(Flags), alignment(Flags))
for name, *rest in Flags._fields_:
    print(name, getattr(Flags, name), getattr(Flags, name).size)
f = Flags(3, -1, 2**31 + 7, 7, 5, 2**40 - 1, 300)
print(f.a, f.b, f.c, f.d, f.e, f.f, f.g)
f.a = 5
f.b = 16
f.e = 3
print(f.a, f.b, f.c, f.e)
print(attempt(lambda: setattr(f, "a", 1.5)))


class Mixed(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_char * 1), ("c", c_byte, 2), ("d", c_uint, 31),
                ("e", c_uint, 1), ("f", c_uint64, 33)]


print(sizeof(Mixed), [getattr(Mixed, name[0]) for name in Mixed._fields_])
m = Mixed(-3, b"q", 1, 2**31 - 1, 1, 2**33 - 1)
print(m.a, m.b, m.c, m.d, m.e, m.f)
print(attempt(lambda: type("Bad", (Structure,), {"_fields_": [("a", c_double, 3)]})))
print(attempt(lambda: type("Bad", (Structure,), {"_fields_": [("a", c_char, 3)]})))
print(attempt(lambda: type("Bad", (Structure,), {"_fields_": [("a", c_int, 33)]})))
print(attempt(lambda: type("Bad", (Structure,), {"_fields_": [("a", c_int, 0)]})))


# _anonymous_: the fields of an unnamed union or structure are the outer one's
class Value(Structure):
    class _Payload(Union):
        _fields_ = [("as_int", c_int), ("as_float", c_float)]

    _anonymous_ = ("payload",)
    _fields_ = [("kind", c_char), ("payload", _Payload)]


v = Value(b"i", (5,))
print(v.as_int, Value.as_int, Value.as_float, Value.payload, sizeof(Value))
v.as_float = 1.0
print(v.as_int, v.payload.as_float)
print(attempt(lambda: type("Bad", (Structure,), {"_anonymous_": ("zz",), "_fields_": [("a", c_int)]})))

# expect: <class '_ctypes.UnionType'> <class '_ctypes.Union'> 4 4
# expect: <Field type=c_int, ofs=0, size=4> <Field type=c_float, ofs=0, size=4> <Field type=c_ubyte_Array_4, ofs=0, size=4>
# expect: 1.0 [0, 0, 128, 63]
# expect: -1071644672 [0, 0, 32, 192]
# expect: 1.0 0x3f800000
# expect: TypeError: too many initializers
# expect: 16 8 [0, 0, 0, 16376, 0] 65
# expect: 0 32 8 <Field type=c_double, ofs=8, size=8> <Field type=c_short, ofs=16, size=2> <Field type=c_int_Array_3, ofs=20, size=12>
# expect: b'z' 1.25 -3 [1, 2, 3]
# expect: 1 23 1 <Field type=c_double, ofs=1, size=8> <Field type=c_short, ofs=9, size=2> <Field type=c_int_Array_3, ofs=11, size=12>
# expect: b'z' 1.25 -3 [1, 2, 3]
# expect: 2 24 2 <Field type=c_double, ofs=2, size=8> <Field type=c_short, ofs=10, size=2> <Field type=c_int_Array_3, ofs=12, size=12>
# expect: b'z' 1.25 -3 [1, 2, 3]
# expect: 4 28 4 <Field type=c_double, ofs=4, size=8> <Field type=c_short, ofs=12, size=2> <Field type=c_int_Array_3, ofs=16, size=12>
# expect: b'z' 1.25 -3 [1, 2, 3]
# expect: 21 1 <Field type=Wide, ofs=5, size=16> 23 <Field type=Packed, ofs=1, size=21> <Field type=c_ubyte, ofs=22, size=1>
# expect: ValueError: _pack_ must be a non-negative integer
# expect: ValueError: _pack_ must be a non-negative integer
# expect: 20 4
# expect: a <Field type=c_int, ofs=0:0, bits=3> 196608
# expect: b <Field type=c_int, ofs=0:3, bits=5> 327683
# expect: c <Field type=c_uint, ofs=4:0, bits=30> 1966080
# expect: d <Field type=c_short, ofs=8, size=2> 2
# expect: e <Field type=c_ubyte, ofs=10:0, bits=2> 131072
# expect: f <Field type=c_ulong, ofs=10:2, bits=40> 2621442
# expect: g <Field type=c_short, ofs=16:42, bits=9> 589866
# expect: 3 -1 7 7 1 1099511627775 0
# expect: -3 -16 7 3
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: 24 [<Field type=c_int, ofs=0:0, bits=3>, <Field type=c_char_Array_1, ofs=4, size=1>, <Field type=c_byte, ofs=5:0, bits=2>, <Field type=c_uint, ofs=8:0, bits=31>, <Field type=c_uint, ofs=8:31, bits=1>, <Field type=c_ulong, ofs=16:0, bits=33>]
# expect: -3 b'q' 1 2147483647 1 8589934591
# expect: TypeError: bit fields not allowed for type c_double
# expect: TypeError: bit fields not allowed for type c_char
# expect: ValueError: number of bits invalid for bit field
# expect: ValueError: number of bits invalid for bit field
# expect: 5 <Field type=c_int, ofs=4, size=4> <Field type=c_float, ofs=4, size=4> <Field type=_Payload, ofs=4, size=4> 8
# expect: 1065353216 1.0
# expect: AttributeError: type object 'Bad' has no attribute 'zz'
