# C objects and bytes: from_buffer_copy (a copy) and from_buffer (on the buffer's own bytes),
# pickle and copy of structures, c_char_p/c_wchar_p/c_void_p fields, long doubles in x87's
# format (seen through a union), the truth of simple objects, simple-subclass fields.
import copy
import pickle
from ctypes import *


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class Rec(Structure):
    _fields_ = [("id", c_uint16), ("pos", c_float * 3), ("tag", c_char * 8), ("flags", c_uint8 * 2)]


data = bytes(range(1, 30))
r = Rec.from_buffer_copy(data)
print(sizeof(Rec), hex(r.id), list(r.flags), r.tag)
print(Rec.from_buffer_copy(bytearray(34), 6).id, c_int.from_buffer_copy(b"\x01\x00\x00\x00\x05").value)
print(c_int.from_buffer_copy(memoryview(b"\x00\x01\x00\x00")).value, c_int.from_buffer_copy(data, 1))
print(attempt(lambda: Rec.from_buffer_copy(bytes(27))))
print(attempt(lambda: Rec.from_buffer_copy(data, 2)))
print(attempt(lambda: c_int.from_buffer_copy(data, -1)))
print(attempt(lambda: c_int.from_buffer_copy("abcd")))
print(attempt(lambda: Structure.from_buffer_copy(b"")))

buf = bytearray(sizeof(Rec) * 2)
view = Rec.from_buffer(buf, sizeof(Rec))
view.id = 0x4142
view.tag = b"hi"
print(buf[sizeof(Rec):sizeof(Rec) + 14])
buf[sizeof(Rec)] = 0x43
print(hex(view.id))
small = c_uint16.from_buffer(memoryview(buf), sizeof(Rec))
small.value = 1
print(view.id, small)
print(attempt(lambda: c_int.from_buffer(b"abcd")))
print(attempt(lambda: c_int.from_buffer(bytearray(2))))

r = Rec(7, (1.5, 2.25, -3.0), b"name", (1, 255))
r.note = "kept"
back = pickle.loads(pickle.dumps(r))
print(type(back).__name__, back.id, list(back.pos), back.tag, list(back.flags), back.note)
deep = copy.deepcopy(r)
deep.pos[0] = 99
shallow = copy.copy(r)
shallow.id = 8
print(r.pos[0], deep.pos[0], r.id, shallow.id)
print(pickle.loads(pickle.dumps(c_int(5))), pickle.loads(pickle.dumps(c_double(2.5))))


class Node(Structure):
    _fields_ = [("name", c_char_p), ("wname", c_wchar_p), ("data", c_void_p), ("k", c_int)]


node = Node(b"alpha", "beta", 12345, 3)
print(node.name, node.wname, node.data, node.k, sizeof(Node))
node.name = b"with\x00nul"
print(node.name)
node.name = None
node.data = None
print(node.name, node.data)
print(attempt(lambda: setattr(node, "name", "str")))
print(attempt(lambda: setattr(node, "wname", b"bytes")))
print(attempt(lambda: pickle.dumps(node)))
print(attempt(lambda: pickle.dumps(c_char_p(b"x"))))
print(c_char_p(b"ab\x00cd").value, repr(c_char_p(None)), repr(c_void_p(10)), c_wchar_p("w").value)


class LongDouble(Union):
    _fields_ = [("value", c_longdouble), ("raw", c_ubyte * 16)]


for x in [1.5, -0.0, 1e-310, 1e308, float("inf")]:
    u = LongDouble(x)
    print(repr(c_longdouble(x)), u.value, list(u.raw[:10]))
u = LongDouble(1.0)
u.raw[9] = 0x43
u.raw[8] = 0xFE
print(u.value, sizeof(LongDouble), alignment(LongDouble))

print(bool(c_double(-0.0)), bool(c_double(0.0)), bool(c_int(0)), bool(c_char_p(None)), bool(c_bool(2)))


class Counter(c_int):
    pass


class Holder(Structure):
    _fields_ = [("c", Counter), ("cs", Counter * 2), ("plain", c_int * 2)]


h = Holder(5)
print(type(h.c).__name__, h.c.value, type(h.cs[0]).__name__, type(h.plain[0]).__name__)
h.c.value = 9
print(h.c.value, repr(h.c)[:17])

# expect: 28 0x201 [25, 26] b'\x11\x12\x13\x14\x15\x16\x17\x18'
# expect: 0 1
# expect: 256 c_int(84148994)
# expect: ValueError: Buffer size too small (27 instead of at least 28 bytes)
# expect: ValueError: Buffer size too small (29 instead of at least 30 bytes)
# expect: ValueError: offset cannot be negative
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: abstract class
# expect: bytearray(b'BA\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00')
# expect: 0x4143
# expect: 1 c_ushort(1)
# expect: TypeError: underlying buffer is not writable
# expect: ValueError: Buffer size too small (2 instead of at least 4 bytes)
# expect: Rec 7 [1.5, 2.25, -3.0] b'name' [1, 255] kept
# expect: 1.5 99.0 7 8
# expect: c_int(5) c_double(2.5)
# expect: b'alpha' beta 12345 3 32
# expect: b'with'
# expect: None None
# expect: TypeError: bytes or integer address expected instead of str instance
# expect: TypeError: unicode string or integer address expected instead of bytes instance
# expect: ValueError: ctypes objects containing pointers cannot be pickled
# expect: ValueError: ctypes objects containing pointers cannot be pickled
# expect: b'ab' c_char_p(None) c_void_p(10) w
# expect: c_longdouble(1.5) 1.5 [0, 0, 0, 0, 0, 0, 0, 192, 255, 63]
# expect: c_longdouble(-0.0) -0.0 [0, 0, 0, 0, 0, 0, 0, 0, 0, 128]
# expect: c_longdouble(1e-310) 1e-310 [0, 0, 88, 49, 135, 91, 68, 147, 249, 59]
# expect: c_longdouble(1e+308) 1e+308 [0, 0, 69, 94, 47, 156, 103, 142, 254, 67]
# expect: c_longdouble(inf) inf [0, 0, 0, 0, 0, 0, 0, 128, 255, 127]
# expect: 8.98846567431158e+307 16 16
# expect: True False False False True
# expect: Counter 5 Counter int
# expect: 9 <Counter object a
