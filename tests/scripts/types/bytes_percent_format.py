# bytes % args and bytearray % args (PEP 461): %s and %b take bytes-like objects or
# __bytes__, %r is %a, %c a byte, numbers as for str, a mapping with bytes keys; CPython's
# output and errors.
print(b"%d-%s" % (5, b"x"))
print(b"%5s|%-4b|%.2s" % (b"ab", bytearray(b"cd"), b"xyz"))
print(b"%r %a" % ("é", [1]))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")))
print(b"%x %o %05.1f %e %%" % (255, 8, 3.14159, 12345.678))
print(b"%(name)s=%(n)d" % {b"name": b"k", b"n": 3})
class B:
    def __bytes__(self): return b"custom"
print(b"<%s>" % B())
print(b"%s" % memoryview(b"mv"))
for bad in [(b"%s", "str"), (b"%c", 300), (b"%d", "x"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b"))]:
    try: print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError) as e: print(type(e).__name__, e)
ba = bytearray(b"%d")
try: print(ba % 5)
except TypeError as e: print("TypeError", e)

# expect: b'5-x'
# expect: b'   ab|cd  |xy'
# expect: b"'\\xe9' [1]"
# expect: b'ABC'
# expect: b'ff 10 003.1 1.234568e+04 %'
# expect: b'k=3'
# expect: b'<custom>'
# expect: b'mv'
# expect: TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: OverflowError %c arg not in range(256)
# expect: TypeError %d format: a real number is required, not str
# expect: TypeError not enough arguments for format string
# expect: TypeError not all arguments converted during bytes formatting
# expect: bytearray(b'5')
