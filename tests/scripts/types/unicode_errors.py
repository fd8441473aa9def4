# UnicodeDecodeError and UnicodeEncodeError: made with (encoding, object, start, end, reason)
# and shown from those attributes, which the codecs' own errors carry too.
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(e), e.args, e.encoding, e.object, e.start, e.end, e.reason)
# expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte ('utf-8', b'\xff', 0, 1, 'invalid start byte') utf-8 b'\xff' 0 1 invalid start byte
print(UnicodeDecodeError("utf-8", b"ab\xe2\x82", 2, 4, "unexpected end of data"))
# expect: 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data
print(UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)"))
# expect: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
print(UnicodeEncodeError("ascii", "hé€", 1, 3, "ordinal not in range(128)"))
# expect: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
print(repr(UnicodeEncodeError("latin-1", "\U0001f600", 0, 1, "nope")))
# expect: UnicodeEncodeError('latin-1', '😀', 0, 1, 'nope')
try:
    b"ok\xffok".decode()
except UnicodeDecodeError as err:
    print(err, "|", err.start, err.end, err.reason, err.object, err.encoding)
    # expect: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte | 2 3 invalid start byte b'ok\xffok' utf-8
try:
    "naïve €".encode("ascii")
except UnicodeEncodeError as err:
    print(err, "|", err.start, err.end, err.object, isinstance(err, ValueError))
    # expect: 'ascii' codec can't encode character '\xef' in position 2: ordinal not in range(128) | 2 3 naïve € True
try:
    b"\xe9t\xe9".decode("ascii")
except UnicodeError as err:
    print(type(err).__name__, err, err.start)
    # expect: UnicodeDecodeError 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128) 0
try:
    "€".encode("cp437")
except UnicodeEncodeError as err:
    print(err.encoding, err.start, err.end, err.reason)  # expect: charmap 0 1 character maps to <undefined>
for bad in [("utf-8", b"x", 0, 1), ("utf-8", "x", 0, 1, "r"), (1, b"x", 0, 1, "r")]:
    try:
        UnicodeDecodeError(*bad)
    except TypeError as err:
        print("TypeError", err)
        # expect: TypeError function takes exactly 5 arguments (4 given)
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: TypeError argument 1 must be str, not int


class MyError(UnicodeDecodeError):
    pass


print(MyError("ascii", b"\x80", 0, 1, "mine"))
# expect: 'ascii' codec can't decode byte 0x80 in position 0: mine
