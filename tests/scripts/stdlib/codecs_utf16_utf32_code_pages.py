# UTF-16, UTF-32 (with a byte-order mark, or -le/-be), UTF-8 with a signature and the code
# pages (cp1252, cp437, mac-roman, ...) through str.encode and bytes.decode; CPython's output.
for enc in ["utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-32-le", "utf-8-sig", "cp1252", "cp437", "mac-roman", "UTF_16", "cp1251", "iso-8859-15"]:
    try:
        b = "aé€".encode(enc)
        print(enc, b, b.decode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e)
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"))
print("a€".encode("cp437", "replace"), "a€".encode("cp437", "ignore"))
try: "x".encode("nope")
except LookupError as e: print(e)
print(b"\xfe\xff\x00a".decode("utf-16"), "x".encode("utf-16").decode("utf-16"))

# expect: utf-16-le b'a\x00\xe9\x00\xac ' aé€
# expect: utf-16-be b'\x00a\x00\xe9 \xac' aé€
# expect: utf-16 b'\xff\xfea\x00\xe9\x00\xac ' aé€
# expect: utf-32 b'\xff\xfe\x00\x00a\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00' aé€
# expect: utf-32-le b'a\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00' aé€
# expect: utf-8-sig b'\xef\xbb\xbfa\xc3\xa9\xe2\x82\xac' aé€
# expect: cp1252 b'a\xe9\x80' aé€
# expect: cp437 UnicodeEncodeError 'charmap' codec can't encode character '\u20ac' in position 2: character maps to <undefined>
# expect: mac-roman b'a\x8e\xdb' aé€
# expect: UTF_16 b'\xff\xfea\x00\xe9\x00\xac ' aé€
# expect: cp1251 UnicodeEncodeError 'charmap' codec can't encode character '\xe9' in position 1: character maps to <undefined>
# expect: iso-8859-15 b'a\xe9\xa4' aé€
# expect: hi hi
# expect: b'a?' b'a'
# expect: unknown encoding: nope
# expect: a x
