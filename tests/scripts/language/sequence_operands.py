# str(bytes, encoding); struct over bytearray and memoryview; a class's __radd__/__rmul__ beside
# str, list, tuple and bytes; repeating by __index__; CPython's sequence errors; re lastindex
# with nested groups; fromkeys on dict subclasses.
import struct, re
print(ascii(str(b'\xff', 'latin1')), str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'a\xffb', 'utf-8', 'replace'))
import pickle
print(pickle.loads(pickle.dumps(b'\xff\x00', protocol=2)))
print(struct.unpack('<h', bytearray(b'\x01\x00')), struct.unpack_from('<h', memoryview(b'\x00\x02\x00'), 1), list(struct.iter_unpack('<B', bytearray(b'\x01\x02'))), struct.Struct('<h').unpack_from(bytearray(b'\x05\x00')))
class R:
    def __radd__(s, o): return "radd " + type(o).__name__
    def __rmul__(s, o): return "rmul"
print("s" + R(), [1] + R(), (1,) + R(), b"x" + R())
class N:
    def __index__(self): return 2
print("ab" * N(), [0] * N(), N() * (1,), b"x" * N())
m = re.match(r'(?P<num>\d+(\.\d*)?)', '0.05'); print(m.lastindex, m.lastgroup)
m = re.match(r'(a)(b)?', 'a'); print(m.lastindex, m.lastgroup)
m = re.match(r'((a)|b)+', 'ab'); print(m.lastindex)
m = re.match(r'(?P<x>a)(?P<y>b)', 'ab'); print(m.lastindex, m.lastgroup)
print(re.match('a', 'a').lastindex)
class D(dict): pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 0))
from collections import OrderedDict
o = OrderedDict.fromkeys('abc'); o.move_to_end('a'); print(list(o), type(o).__name__)
for bad in (lambda: "a" * 1.5, lambda: [1] * 2.0, lambda: "a" + 1, lambda: [1] + (2,)):
    try: bad()
    except TypeError as e: print(e)

# expect: '\xff' café abc a�b
# expect: b'\xff\x00'
# expect: (1,) (2,) [(1,), (2,)] (5,)
# expect: radd str radd list radd tuple radd bytes
# expect: abab [0, 0] (1, 1) b'xx'
# expect: 1 num
# expect: 1 None
# expect: 1
# expect: 2 y
# expect: None
# expect: D {'a': 0, 'b': 0}
# expect: ['b', 'c', 'a'] OrderedDict
# expect: can't multiply sequence by non-int of type 'float'
# expect: can't multiply sequence by non-int of type 'float'
# expect: can only concatenate str (not "int") to str
# expect: can only concatenate list (not "tuple") to list
