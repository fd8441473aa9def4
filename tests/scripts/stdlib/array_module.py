# array: typecodes, append/extend/insert/pop/remove, slicing, bytes round trips, range
# checks with CPython's messages, byteswap; the output CPython 3.11 printed.
from array import array
a = array("i", [1, 2, 3]); a.append(4); a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], a.tolist(), a.itemsize, a.typecode, 3 in a, a.index(4), a.count(2))
b = array("d", [1.5, 2.5]); print(b, b.tobytes(), array("d", b.tobytes()), sum(b), b * 2, b + array("d", [9]))
print(bytes(array("B", [1, 2, 255])), array("h"), array("u", "hi"), array("q", [2**62]).tobytes())
a[0] = 10; del a[1]; a.reverse(); print(a, a.pop(), a)
for bad in [lambda: array("b", [200]), lambda: array("B", [-1]), lambda: array("z"), lambda: array("i", [1.5]), lambda: a.remove(99)]:
    try: bad()
    except (OverflowError, ValueError, TypeError) as e: print(type(e).__name__, e)
c = array("H", [1, 2]); c.byteswap(); print(c)
# expect: array('i', [1, 2, 3, 4, 5, 6]) 6 1 6 array('i', [2, 3]) [1, 2, 3, 4, 5, 6] 4 i True 3 1
# expect: array('d', [1.5, 2.5]) b'\x00\x00\x00\x00\x00\x00\xf8?\x00\x00\x00\x00\x00\x00\x04@' array('d', [1.5, 2.5]) 4.0 array('d', [1.5, 2.5, 1.5, 2.5]) array('d', [1.5, 2.5, 9.0])
# expect: b'\x01\x02\xff' array('h') array('u', 'hi') b'\x00\x00\x00\x00\x00\x00\x00@'
# expect: array('i', [6, 5, 4, 3]) 10 array('i', [6, 5, 4, 3])
# expect: OverflowError signed char is greater than maximum
# expect: OverflowError unsigned byte integer is less than minimum
# expect: ValueError bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ValueError array.remove(x): x not in array
# expect: array('H', [256, 512])
