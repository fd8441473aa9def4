# bytes methods and the codecs of str.encode/bytes.decode: results and CPython's errors.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: b'a'.split('a'))  # expect: TypeError a bytes-like object is required, not 'str'
show(lambda: b'a'.strip('a'))  # expect: TypeError a bytes-like object is required, not 'str'
show(lambda: b'a'.find('a'))  # expect: TypeError argument should be integer or bytes-like object, not 'str'
show(lambda: b'a'.count('a'))  # expect: TypeError argument should be integer or bytes-like object, not 'str'
show(lambda: b'a'.replace('a', b'b'))  # expect: TypeError a bytes-like object is required, not 'str'
show(lambda: b'a'.join([1]))  # expect: TypeError sequence item 0: expected a bytes-like object, int found
show(lambda: b'a'.join(1))  # expect: TypeError can only join an iterable
show(lambda: b'a'.decode(1))  # expect: TypeError decode() argument 'encoding' must be str, not int
show(lambda: b'a'.hex(1))  # expect: TypeError object of type 'int' has no len()
show(lambda: b'abc'.hex(''))  # expect: ValueError sep must be length 1.
show(lambda: b'abc'.hex('::'))  # expect: ValueError sep must be length 1.
show(lambda: b'abcdef'.hex(':', 2))  # expect: '6162:6364:6566'
show(lambda: b'abcdef'.hex(':', -4))  # expect: '61626364:6566'
show(lambda: bytes.fromhex(1))  # expect: TypeError fromhex() argument must be str, not int
show(lambda: b'a'.startswith(1))  # expect: TypeError startswith first arg must be bytes or a tuple of bytes, not int
show(lambda: b'a'.startswith((1,)))  # expect: TypeError a bytes-like object is required, not 'int'
show(lambda: b'a'.split(b''))  # expect: ValueError empty separator
show(lambda: b'a b'.split(maxsplit=1))  # expect: [b'a', b'b']
show(lambda: b'abc'.find(256))  # expect: ValueError byte must be in range(0, 256)
show(lambda: b'abc'.index(b'z'))  # expect: ValueError subsection not found
show(lambda: b'a'.upper(1))  # expect: TypeError bytes.upper() takes no arguments (1 given)
show(lambda: b' a'.lstrip())  # expect: b'a'
show(lambda: b'a '.rstrip())  # expect: b'a'
show(lambda: b'a'.endswith(b'a', 0, 1))  # expect: True
show(lambda: b'ab'.find(b'b', 1))  # expect: 1
show(lambda: b''.join([]))  # expect: b''
show(lambda: b'a'.split(None))  # expect: [b'a']
show(lambda: b'\x1c a'.split())  # expect: [b'\x1c', b'a']
show(lambda: b'\x0b a\x0c'.split())  # expect: [b'a']
show(lambda: b'abc'.rfind(b'b'))  # expect: 1
show(lambda: b'abab'.rsplit(b'b', 1))  # expect: [b'aba', b'']
show(lambda: b'abc'.decode(encoding='ascii'))  # expect: 'abc'
show(lambda: bytes.fromhex('  61  62 '))  # expect: b'ab'
show(lambda: bytes.fromhex('6 1'))  # expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
show(lambda: bytes.fromhex('61g'))  # expect: ValueError non-hexadecimal number found in fromhex() arg at position 2
show(lambda: b'A'.lower())  # expect: b'a'
show(lambda: bytes.fromhex(''))  # expect: b''
show(lambda: b'aXbXc'.split(b'X', 1))  # expect: [b'a', b'bXc']
show(lambda: b'a'.replace(b'', b'-'))  # expect: b'-a-'
show(lambda: b'abc'.index(98))  # expect: 1
show(lambda: b'abc'.count(98))  # expect: 1
show(lambda: b'abc'.find(-1))  # expect: ValueError byte must be in range(0, 256)
show(lambda: b'x'.decode('utf-8', 'bad'))  # expect: 'x'
show(lambda: b'a'.removeprefix(b'a'))  # expect: b''
show(lambda: 'a'.encode('utf-8', 'strict'))  # expect: b'a'
show(lambda: '\ud800'.encode())  # expect: UnicodeEncodeError 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed
show(lambda: '\ud800x\udc00'.encode('utf-8', 'replace'))  # expect: b'?x?'
show(lambda: '\u20ac\u20acx'.encode('ascii'))  # expect: UnicodeEncodeError 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
show(lambda: '\U0001f600'.encode('ascii'))  # expect: UnicodeEncodeError 'ascii' codec can't encode character '\U0001f600' in position 0: ordinal not in range(128)
show(lambda: 'é€'.encode('ascii', 'xmlcharrefreplace'))  # expect: b'&#233;&#8364;'
show(lambda: 'é'.encode('ascii', 'backslashreplace'))  # expect: b'\\xe9'
show(lambda: b'\xff\xfe'.decode('utf-8', 'backslashreplace'))  # expect: '\\xff\\xfe'
show(lambda: 'abc'.encode(encoding='UTF_8'))  # expect: b'abc'
show(lambda: 'é'.encode('Latin-1'))  # expect: b'\xe9'
show(lambda: b'\xf0\x9f\x98\x80'.decode())  # expect: '😀'
show(lambda: b'\xf0\x9f\x98'.decode('utf-8', 'replace'))  # expect: '�'
show(lambda: b'\xe2\x82a'.decode())  # expect: UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
show(lambda: b'\xed\xa0\x80'.decode())  # expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
show(lambda: b'\xc0\xaf'.decode('utf-8','replace'))  # expect: '��'
show(lambda: 'x'.encode(1))  # expect: TypeError encode() argument 'encoding' must be str, not int
