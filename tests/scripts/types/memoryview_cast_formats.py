# memoryview.cast to struct's native formats: items of that size for len, indexing, slicing,
# tolist and assignment, with CPython's errors; bytes() of a view is its bytes.
import struct
m = memoryview(b"\x01\x00\x02\x00\xff\xff\x00\x80")
h = m.cast("H")
print(h.tolist(), len(h), h.itemsize, h.format, h.shape, h.strides, h.nbytes, h[1], h[-1], h[1:3].tolist())
print(m.cast("h").tolist(), m.cast("i").tolist(), m.cast("I").tolist(), m.cast("q").tolist(), m.cast("Q").tolist())
print(memoryview(struct.pack("dd", 1.5, -2.25)).cast("d").tolist(), memoryview(struct.pack("f", 0.1)).cast("f").tolist())
ba = bytearray(8)
w = memoryview(ba).cast("i")
w[0] = -5; w[1] = 70000
print(ba, w.tolist(), list(w), w[::-1].tolist(), bytes(w[1:]))
try: w[0] = 2**40
except ValueError as e: print("ValueError:", e)
try: w[0] = 1.5
except TypeError as e: print("TypeError:", e)
try: memoryview(b"abc").cast("H")
except TypeError as e: print("TypeError:", e)
try: w.cast("h")
except TypeError as e: print("TypeError:", e)
try: m.cast("x")
except ValueError as e: print("ValueError:", e)
print(w.cast("B").tolist(), m.cast("@B")[0], m.cast("?").tolist()[:3])
print(h == m.cast("H"), h == [1], memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01"))
try: hash(memoryview(b"ab\x00\x00").cast("H"))
except ValueError as e: print("ValueError:", e)
print(hash(memoryview(b"ab")) == hash(b"ab"))

# expect: [1, 2, 65535, 32768] 4 2 H (4,) (2,) 8 2 32768 [2, 65535]
# expect: [1, 2, -1, -32768] [131073, -2147418113] [131073, 2147549183] [-9223090566172901375] [9223653507536650241]
# expect: [1.5, -2.25] [0.10000000149011612]
# expect: bytearray(b'\xfb\xff\xff\xffp\x11\x01\x00') [-5, 70000] [-5, 70000] [70000, -5] b'p\x11\x01\x00'
# expect: ValueError: memoryview: invalid value for format 'i'
# expect: TypeError: memoryview: invalid type for format 'i'
# expect: TypeError: memoryview: length is not a multiple of itemsize
# expect: TypeError: memoryview: cannot cast between two non-byte formats
# expect: ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: [251, 255, 255, 255, 112, 17, 1, 0] 1 [True, False, True]
# expect: True False True
# expect: ValueError: memoryview: hashing is restricted to formats 'B', 'b' or 'c'
# expect: True
