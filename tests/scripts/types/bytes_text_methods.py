# The ASCII text methods of bytes and bytearray: case, predicates, padding, expandtabs,
# partition, splitlines, translate and maketrans.
for b in (b"hello world", b"Hello World", b"HELLO", b"abc123", b"123", b"  \t\n", b"", b"\xe9t\xe9", b"Title Case Here", b"mIxEd cAsE"):
    print(b, b.capitalize(), b.swapcase(), b.title(), b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle())
print(b"ab".center(7, b"*"), b"ab".center(6), b"abc".ljust(6, b"-"), b"abc".rjust(6), b"-42".zfill(6), b"42".zfill(1), b"+7".zfill(4))
print(b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4), b"x\ny\tz".expandtabs(3))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines())
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"))
ba = bytearray(b"hello there")
print(ba.title(), ba.center(15, b"."), ba.partition(b" "), ba.splitlines(), ba.isalpha(), bytearray.maketrans(b"a", b"b"))
for bad in (lambda: b"x".center(5, b"ab"), lambda: b"x".partition(b""), lambda: b"x".translate(b"ab"), lambda: bytes.maketrans(b"a", b"bc"), lambda: b"x".center(3, "s")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# expect: b'hello world' b'Hello world' b'HELLO WORLD' b'Hello World' False False True False True False False False
# expect: b'Hello World' b'Hello world' b'hELLO wORLD' b'Hello World' False False True False False False False True
# expect: b'HELLO' b'Hello' b'hello' b'Hello' True True True False False True False False
# expect: b'abc123' b'Abc123' b'ABC123' b'Abc123' True False True False True False False False
# expect: b'123' b'123' b'123' b'123' True False True True False False False False
# expect: b'  \t\n' b'  \t\n' b'  \t\n' b'  \t\n' False False True False False False True False
# expect: b'' b'' b'' b'' False False True False False False False False
# expect: b'\xe9t\xe9' b'\xe9t\xe9' b'\xe9T\xe9' b'\xe9T\xe9' False False False False True False False False
# expect: b'Title Case Here' b'Title case here' b'tITLE cASE hERE' b'Title Case Here' False False True False False False False True
# expect: b'mIxEd cAsE' b'Mixed case' b'MiXeD CaSe' b'Mixed Case' False False True False False False False False
# expect: b'***ab**' b'  ab  ' b'abc---' b'   abc' b'-00042' b'42' b'+007'
# expect: b'a       bc      d' b'a   b' b'x\ny  z'
# expect: (b'a', b'=', b'b=c') (b'a=b', b'=', b'c') (b'abc', b'', b'') (b'', b'', b'abc')
# expect: [b'a', b'b', b'c', b'd'] [b'a\n', b'b\r\n'] []
# expect: b'xxyyzz' b'heo' b'xz'
# expect: bytearray(b'Hello There') bytearray(b'..hello there..') (bytearray(b'hello'), bytearray(b' '), bytearray(b'there')) [bytearray(b'hello there')] False b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`bbcdefghijklmnopqrstuvwxyz{|}~\x7f\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff'
# expect: TypeError center() argument 2 must be a byte string of length 1, not bytes
# expect: ValueError empty separator
# expect: ValueError translation table must be 256 characters long
# expect: ValueError maketrans arguments must have same length
# expect: TypeError center() argument 2 must be a byte string of length 1, not str
