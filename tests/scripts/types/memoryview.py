# memoryview over bytes and bytearray: indexing, slicing without copies, writes through to
# a bytearray, tobytes/tolist/hex, cast between byte formats, release, errors; hashlib takes one.
data = bytearray(b'hello world')
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv[1:5].tobytes(), bytes(mv[6:]), mv.readonly, mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides)
mv[0] = ord('H')
mv[6:11] = b'WORLD'
print(data, mv.tolist()[:3], mv.hex(), mv[::2].tobytes(), list(mv[:3]), mv == b'Hello WORLD', mv == data, mv.obj is data)
ro = memoryview(b'abc')
print(ro.readonly, hash(ro) == hash(b'abc'), ro[1:].tobytes(), b'x' + ro.tobytes(), bytes(ro), bytearray(ro))
for bad in (lambda: ro.__setitem__(0, 1), lambda: mv.__setitem__(slice(0, 2), b'xyz'), lambda: mv[20], lambda: hash(mv), lambda: memoryview('str'), lambda: mv.__setitem__(0, 300)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
with memoryview(b'xyz') as m:
    print(m.tobytes())
print(m.released if hasattr(m, 'released') else '')
try:
    m.tobytes()
except ValueError as e:
    print(e)
c = memoryview(b'\xff\x01').cast('b')
print(c.tolist(), memoryview(b'ab').cast('c').tolist(), str(memoryview(b'a'))[:8])
import hashlib
print(hashlib.md5(memoryview(b'abc')).hexdigest())

# expect: 11 104 100 b'ello' b'world' False 11 1 B 1 (11,) (1,)
# expect: bytearray(b'Hello WORLD') [72, 101, 108] 48656c6c6f20574f524c44 b'HloWRD' [72, 101, 108] True True True
# expect: True True b'bc' b'xabc' b'abc' bytearray(b'abc')
# expect: TypeError cannot modify read-only memory
# expect: ValueError memoryview assignment: lvalue and rvalue have different structures
# expect: IndexError index out of bounds on dimension 1
# expect: ValueError cannot hash writable memoryview object
# expect: TypeError memoryview: a bytes-like object is required, not 'str'
# expect: ValueError memoryview: invalid value for format 'B'
# expect: b'xyz'
# expect: 
# expect: operation forbidden on released memoryview object
# expect: [-1, 1] [b'a', b'b'] <memory 
# expect: 900150983cd24fb0d6963f7d28e17f72
