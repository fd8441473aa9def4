# ctypes: the simple C types with C's semantics (truncation to the type's width, single-
# precision floats, one-character bytes), their errors and reprs, arrays, string buffers, sizeof;
# and class operators a metaclass defines (c_int * 3).
import ctypes as c
for t in [c.c_int, c.c_byte, c.c_double, c.c_float, c.c_bool, c.c_char, c.c_wchar, c.c_char_p, c.c_void_p, c.c_uint]:
    print(t.__name__, t._type_, c.sizeof(t), repr(t()), t.__module__, t.__mro__)
print(c.c_int(2**31), c.c_ubyte(300), c.c_float(0.1), c.c_bool(5), c.c_char(65), c.c_void_p(0).value)
for bad in [(c.c_int, 1.5), (c.c_int, 'a'), (c.c_double, 'x'), (c.c_char, 'a'), (c.c_char, b'ab'), (c.c_wchar, 'ab'), (c.c_char_p, 'x')]:
    try: bad[0](bad[1])
    except Exception as e: print(type(e).__name__, e)
A = c.c_int * 3; a = A(1, 2); print(A.__name__, A.__module__, a[:], len(a), list(a), A._length_, A._type_, c.sizeof(A))
try: a[3]
except Exception as e: print(type(e).__name__, e)
b = c.create_string_buffer(b'hi', 5); print(b.raw, b.value, b[:], type(b).__name__)
class M(c.c_int): pass
print(repr(M(3))[:12], c.c_int64 is c.c_long, c.c_size_t.__name__, c.c_int32.__name__)
x = c.c_int(5); x.value += 1; print(x.value, x)
print(c.c_double(1) == c.c_double(1), c.sizeof(c.c_int(3)), c.sizeof(c.c_longdouble))
print(type(c.c_int).__name__, c.c_char_p(b'ab').value, c.c_wchar_p('x').value)
d = (c.c_double * 2)(1.5, 2); d[1] = 7; print(list(d), d[-1])
e = (c.c_ubyte * 4)(*range(250, 254))
print(list(e), e[1:3], c.sizeof(e))
try: c.c_int * -1
except ValueError as err: print("ValueError:", err)
buf = c.create_string_buffer(8); buf.value = b"abc"; print(buf.raw, buf.value)
try: buf.value = b"123456789"
except ValueError as err: print("ValueError:", err)
print([cls.__name__ for cls in (c.c_int8, c.c_uint16, c.c_uint64, c.c_ssize_t)])
class Meta(type):
    def __add__(cls, other): return cls.__name__ + "+" + repr(other)
    def __radd__(cls, other): return repr(other) + "+" + cls.__name__
class K(metaclass=Meta): pass
print(K + 1, 2 + K, int | None)

# expect: c_int i 4 c_int(0) ctypes (<class 'ctypes.c_int'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_byte b 1 c_byte(0) ctypes (<class 'ctypes.c_byte'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_double d 8 c_double(0.0) ctypes (<class 'ctypes.c_double'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_float f 4 c_float(0.0) ctypes (<class 'ctypes.c_float'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_bool ? 1 c_bool(False) ctypes (<class 'ctypes.c_bool'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_char c 1 c_char(b'\x00') ctypes (<class 'ctypes.c_char'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_wchar u 4 c_wchar('\x00') ctypes (<class 'ctypes.c_wchar'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_char_p z 8 c_char_p(None) ctypes (<class 'ctypes.c_char_p'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_void_p P 8 c_void_p(None) ctypes (<class 'ctypes.c_void_p'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_uint I 4 c_uint(0) ctypes (<class 'ctypes.c_uint'>, <class '_ctypes._SimpleCData'>, <class '_ctypes._CData'>, <class 'object'>)
# expect: c_int(-2147483648) c_ubyte(44) c_float(0.10000000149011612) c_bool(True) c_char(b'A') None
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError must be real number, not str
# expect: TypeError one character bytes, bytearray or integer expected
# expect: TypeError one character bytes, bytearray or integer expected
# expect: TypeError one character unicode string expected
# expect: TypeError bytes or integer address expected instead of str instance
# expect: c_int_Array_3 __main__ [1, 2, 0] 3 [1, 2, 0] 3 <class 'ctypes.c_int'> 12
# expect: IndexError invalid index
# expect: b'hi\x00\x00\x00' b'hi' b'hi\x00\x00\x00' c_char_Array_5
# expect: <M object at True c_ulong c_int
# expect: 6 c_int(6)
# expect: False 4 16
# expect: PyCSimpleType b'ab' x
# expect: [1.5, 7.0] 7.0
# expect: [250, 251, 252, 253] [251, 252] 4
# expect: ValueError: Array length must be >= 0, not -1
# expect: b'abc\x00\x00\x00\x00\x00' b'abc'
# expect: ValueError: byte string too long
# expect: ['c_byte', 'c_ushort', 'c_ulong', 'c_long']
# expect: K+1 2+K int | None
