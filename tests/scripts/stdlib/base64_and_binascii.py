# base64 (Base64 standard/URL-safe/altchars, strict validation, Base32, Base16, MIME lines)
# and binascii (hexlify, crc32, crc_hqx, a2b_base64's lenient and strict modes, binascii.Error).
import base64, binascii
data = b"Many hands make light work."
for d in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", data, bytes(range(256))[:40]):
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d, base64.b16encode(d)[:20], base64.b32hexencode(d))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", altchars=b"*!"))
print(base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"aGVsbG8"[:-3] + b"=="), base64.standard_b64decode("Zm9v"), base64.b16decode("666f6f", casefold=True))
for bad in ("aGVsbG8", "a", "abcde", "Zm9v!", ):
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error:", e, isinstance(e, ValueError))
try:
    base64.b64decode("Zm9v!", validate=True)
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print(e)
print(base64.encodebytes(bytes(100))[:30], len(base64.encodebytes(bytes(100)).split(b"\n")), base64.decodebytes(base64.encodebytes(data)))
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(e)
print(binascii.b2a_base64(b"hi"), binascii.a2b_base64("aGk="), binascii.Error.__mro__)
print(base64.b32decode("MZXW6===="[:-1] + "=", casefold=True) if False else base64.b32decode("mzxw6===", casefold=True))
for bad in ("=Zm9v", "Zm9v=", "Zm9v==", "Zm8=v", "Zm=8", "Zm9vYg==x"):
    try:
        binascii.a2b_base64(bad, strict_mode=True)
    except binascii.Error as e:
        print(bad, e)

# expect: b'' True b'' True b'' b''
# expect: b'Zg==' True b'MY======' True b'66' b'CO======'
# expect: b'Zm8=' True b'MZXQ====' True b'666F' b'CPNG===='
# expect: b'Zm9v' True b'MZXW6===' True b'666F6F' b'CPNMU==='
# expect: b'Zm9vYg==' True b'MZXW6YQ=' True b'666F6F62' b'CPNMUOG='
# expect: b'Zm9vYmE=' True b'MZXW6YTB' True b'666F6F6261' b'CPNMUOJ1'
# expect: b'Zm9vYmFy' True b'MZXW6YTBOI======' True b'666F6F626172' b'CPNMUOJ1E8======'
# expect: b'TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu' True b'JVQW46JANBQW4ZDTEBWWC23FEBWGSZ3IOQQHO33SNMXA====' True b'4D616E792068616E6473' b'9LGMSU90D1GMSP3J41MM2QR541M6IPR8EGG7ERRIDCN0===='
# expect: b'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJw==' True b'AAAQEAYEAUDAOCAJBIFQYDIOB4IBCEQTCQKRMFYYDENBWHA5DYPSAIJCEMSCKJRH' True b'00010203040506070809' b'000G40O40K30E209185GO38E1S8124GJ2GAHC5OO34D1M70T3OFI08924CI2A9H7'
# expect: b'-__-' b'+//+' b'\xfb\xff\xfe' b'*!8='
# expect: b'hello' b'hel' b'foo' b'foo'
# expect: Error: Incorrect padding True
# expect: Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4 True
# expect: Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4 True
# expect: b'foo'
# expect: Error: Only base64 data is allowed
# expect: a bytes-like object is required, not 'str'
# expect: b'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' 3 b'Many hands make light work.'
# expect: b'01ab' b'01-ab-cd' b'\x01\xab' 222957957 222957957 50018
# expect: Odd-length string
# expect: Non-hexadecimal digit found
# expect: b'aGk=\n' b'hi' (<class 'binascii.Error'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: b'foo'
# expect: =Zm9v Leading padding not allowed
# expect: Zm8=v Excess data after padding
# expect: Zm=8 Discontinuous padding not allowed
# expect: Zm9vYg==x Excess data after padding
