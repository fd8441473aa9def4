# The unicode_escape and raw_unicode_escape codecs both ways, and the surrogateescape and
# surrogatepass handlers when encoding.
samples = ["plain", "tab\tnew\nline\r", "back\\slash 'q' \"d\"", "caf\xe9 \u20ac \U0001f600", "\x00\x7f\x80\xff"]
for s in samples:
    for codec in ("unicode_escape", "raw_unicode_escape"):
        b = s.encode(codec)
        print(codec, b, b.decode(codec) == s)
print(b"\\x41\\101\\u00e9\\U0001F600\\N".decode("unicode_escape", "backslashreplace") if False else b"\\x41\\101\\u00e9\\U0001F600\\q".decode("unicode_escape"))
print(b"a\\\\u0041 \\u0041 \\\\\\u0041".decode("raw_unicode_escape"))
for bad in (b"\\x4", b"abc\\", b"\\u12"):
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(b"\\x4zz".decode("unicode_escape", "replace"), b"\\x4zz".decode("unicode_escape", "ignore"))
raw = b"caf\xe9 \xff"
text = raw.decode("utf-8", "surrogateescape")
print(ascii(text), text.encode("utf-8", "surrogateescape") == raw, text.encode("ascii", "surrogateescape"))
print("a\udce9b".encode("ascii", "surrogateescape"), "\ud800x".encode("utf-8", "surrogatepass"))
for s, enc, h in (("\u20ac", "ascii", "surrogateescape"), ("\udc41", "latin-1", "surrogatepass")):
    try:
        s.encode(enc, h)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print("x".encode("unicode-escape"), b"\\t".decode("Unicode_Escape"))

# expect: unicode_escape b'plain' True
# expect: raw_unicode_escape b'plain' True
# expect: unicode_escape b'tab\\tnew\\nline\\r' True
# expect: raw_unicode_escape b'tab\tnew\nline\r' True
# expect: unicode_escape b'back\\\\slash \'q\' "d"' True
# expect: raw_unicode_escape b'back\\slash \'q\' "d"' True
# expect: unicode_escape b'caf\\xe9 \\u20ac \\U0001f600' True
# expect: raw_unicode_escape b'caf\xe9 \\u20ac \\U0001f600' True
# expect: unicode_escape b'\\x00\\x7f\\x80\\xff' True
# expect: raw_unicode_escape b'\x00\x7f\x80\xff' True
# expect: AAé😀\q
# expect: a\\u0041 A \\A
# expect: UnicodeDecodeError 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
# expect: UnicodeDecodeError 'unicodeescape' codec can't decode byte 0x5c in position 3: \ at end of string
# expect: UnicodeDecodeError 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape
# expect: �zz zz
# expect: 'caf\udce9 \udcff' True b'caf\xe9 \xff'
# expect: b'a\xe9b' b'\xed\xa0\x80x'
# expect: UnicodeEncodeError 'ascii' codec can't encode character '\u20ac' in position 0: ordinal not in range(128)
# expect: UnicodeEncodeError 'latin-1' codec can't encode character '\udc41' in position 0: ordinal not in range(256)
# expect: b'x' 	
