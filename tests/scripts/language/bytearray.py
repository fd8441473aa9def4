# bytearray: construction, indexing and slicing, item and slice assignment and deletion,
# the list-like mutations, every bytes method (returning bytearrays), concatenation and
# comparison with bytes, repr (with CPython's quote escaping), live iteration, subclasses
# (their reprs name them), the errors; and pow()/cmath.isclose errors with complex numbers.
b = bytearray(b"hello")
print(b, len(b), b[0], b[1:3], b[-1], bytes(b), b == b"hello", b"hello" == b, b < b"help", list(b)[:2])
b.append(33); b.extend(b" world"); b.extend([65, 66]); b.insert(0, 62); b.insert(-1, 45)
print(b, b.pop(), b.pop(0), b)
b[0] = 72; b[1:5] = b"EY"; del b[2]; b.remove(32)
print(b, b.find(b"w"), b.count(b"o"), b.upper(), b.split(b"!"), b.replace(b"o", b"0"), b.decode(), b.hex(), b.startswith(b"HE"))
b += b"+more"; b2 = b * 2; b *= 2
print(b == b2, type(b2).__name__, b"x" + bytearray(b"y"), bytearray(b"y") + b"x", bytearray(3), bytearray("héllo", "utf-8"), bytearray([1, 2, 255]))
print(bytearray(b"  pad  ").strip(), bytearray(b"a,b").split(b","), b"-".join([bytearray(b"a"), b"b"]), bytearray.fromhex("41 42"), bytearray(b"ab").copy(), bytearray(b"abc")[::-1])
c = bytearray(b"abcdef"); c[::2] = b"XYZ"; del c[1::2]; print(c, 88 in c, b"Y" in c, bytes(c) in b"XYZ")
d = bytearray(b"xy"); d.reverse(); d.clear(); print(d, bool(d), bytearray(b"abc").removeprefix(b"a"), bytearray(b"q").removeprefix(b"z"))
for expr in ["hash(bytearray())", "bytearray(-1)", "bytearray('x')", "bytearray(b'a').append(256)", "bytearray(b'').pop()", "bytearray(b'a')[5]", "bytearray(b'a').remove(98)", "bytearray(b'ab')[::2] = b'xyz'", "{bytearray(): 1}", "bytearray(b'a') + 'x'"]:
    try:
        exec(expr)
        print(expr, "ok")
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(repr(bytearray(b"q\n\x00'")), str(bytearray(b"z")), f"{bytearray(b'f')}", isinstance(bytearray(), bytearray))
import cmath
b = bytearray(b"abc")
print([x for x in b if (x == 97 and b.append(100)) or True], list(bytearray(b"xy")), sorted(bytearray(b"cab")))
for expr in ["pow(1j, 2, 3)", "pow(2, 2, 3j)", "cmath.isclose(1, 1, 0.1)", "cmath.isclose(1, 1.05, rel_tol=0.1)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
class Buf(bytearray):
    def total(self):
        return sum(self)
b = Buf(b"abc")
b.append(100)
print(b, len(b), b.total(), b.upper(), type(b).__name__, isinstance(b, bytearray), b == b"abcd", bytes(b))
class Named(bytearray):
    def __init__(self, data, name):
        super().__init__(data)
        self.name = name
n = Named(b"xy", "n1")
print(n, n.name, n + b"!", n[0], n[::-1])
# expect: bytearray(b'hello') 5 104 bytearray(b'el') 111 b'hello' True True True [104, 101]
# expect: bytearray(b'hello! worldA-') 66 62 bytearray(b'hello! worldA-')
# expect: bytearray(b'HE!worldA-') 3 1 bytearray(b'HE!WORLDA-') [bytearray(b'HE'), bytearray(b'worldA-')] bytearray(b'HE!w0rldA-') HE!worldA- 484521776f726c64412d True
# expect: True bytearray b'xy' bytearray(b'yx') bytearray(b'\x00\x00\x00') bytearray(b'h\xc3\xa9llo') bytearray(b'\x01\x02\xff')
# expect: bytearray(b'pad') [bytearray(b'a'), bytearray(b'b')] b'a-b' bytearray(b'AB') bytearray(b'ab') bytearray(b'cba')
# expect: bytearray(b'XYZ') True True True
# expect: bytearray(b'') False bytearray(b'bc') bytearray(b'q')
# expect: hash(bytearray()) -> TypeError unhashable type: 'bytearray'
# expect: bytearray(-1) -> ValueError negative count
# expect: bytearray('x') -> TypeError string argument without an encoding
# expect: bytearray(b'a').append(256) -> ValueError byte must be in range(0, 256)
# expect: bytearray(b'').pop() -> IndexError pop from empty bytearray
# expect: bytearray(b'a')[5] -> IndexError bytearray index out of range
# expect: bytearray(b'a').remove(98) -> ValueError value not found in bytearray
# expect: bytearray(b'ab')[::2] = b'xyz' -> ValueError attempt to assign bytes of size 3 to extended slice of size 1
# expect: {bytearray(): 1} -> TypeError unhashable type: 'bytearray'
# expect: bytearray(b'a') + 'x' -> TypeError can't concat str to bytearray
# expect: bytearray(b"q\n\x00\'") bytearray(b'z') bytearray(b'f') True
# expect: [97, 98, 99, 100] [120, 121] [97, 98, 99]
# expect: pow(1j, 2, 3) ValueError complex modulo
# expect: pow(2, 2, 3j) ValueError complex modulo
# expect: cmath.isclose(1, 1, 0.1) TypeError isclose() takes exactly 2 positional arguments (3 given)
# expect: cmath.isclose(1, 1.05, rel_tol=0.1) True
# expect: Buf(b'abcd') 4 394 bytearray(b'ABCD') Buf True True b'abcd'
# expect: Named(b'xy') n1 bytearray(b'xy!') 120 bytearray(b'yx')
