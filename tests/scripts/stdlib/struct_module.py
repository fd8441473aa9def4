# struct: sizes and alignment, byte orders, integer/float/char/bytes/pascal formats,
# Struct, iter_unpack, unpack_from, and CPython's struct.error messages; the output CPython
# 3.11 printed.
import struct
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@ci"), struct.calcsize("<ci"), struct.calcsize("3h2xq"), struct.calcsize("@hq"))
b = struct.pack("<hIq", -2, 4000000000, -5); print(b, struct.unpack("<hIq", b))
print(struct.pack(">d", 1.5), struct.unpack(">f", struct.pack(">f", 0.1)), struct.pack("!H", 513), struct.pack("<?c3s", True, b"x", b"abcd"))
print(struct.unpack("<4B", b"\x01\x02\x03\x04"), struct.pack("<e", 1.0), struct.unpack("@i", struct.pack("@i", 7)), struct.pack("5p", b"hi"))
s = struct.Struct("<2i"); print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x03\x00\x00\x00\x04\x00\x00\x00"), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
print(struct.unpack_from("<h", b"\x00\x01\x02", 1), struct.pack("<Q", 2**64 - 1), struct.unpack("<q", b"\xff" * 8))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("<i", 1, 2), lambda: struct.unpack("<i", b"ab"), lambda: struct.pack("z", 1), lambda: struct.pack("<i", "x"), lambda: struct.pack("B", -1)]:
    try: bad()
    except struct.error as e: print("struct.error:", e)
# expect: 4 4 8 5 16 16
# expect: b'\xfe\xff\x00(k\xee\xfb\xff\xff\xff\xff\xff\xff\xff' (-2, 4000000000, -5)
# expect: b'?\xf8\x00\x00\x00\x00\x00\x00' (0.10000000149011612,) b'\x02\x01' b'\x01xabc'
# expect: (1, 2, 3, 4) b'\x00<' (7,) b'\x02hi\x00\x00'
# expect: <2i 8 b'\x01\x00\x00\x00\x02\x00\x00\x00' (3, 4) [(1,), (2,)]
# expect: (513,) b'\xff\xff\xff\xff\xff\xff\xff\xff' (-1,)
# expect: struct.error: byte format requires -128 <= number <= 127
# expect: struct.error: pack expected 1 items for packing (got 2)
# expect: struct.error: unpack requires a buffer of 4 bytes
# expect: struct.error: bad char in struct format
# expect: struct.error: required argument is not an integer
# expect: struct.error: ubyte format requires 0 <= number <= 255
