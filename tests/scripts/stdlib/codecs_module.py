# codecs: lookup by any name, encode/decode (text codecs and hex, base64, zlib, rot13),
# incremental decoders with characters split between pieces, stream readers and writers,
# codecs.open, iterencode/iterdecode, BOM constants and error handlers; the output
# CPython 3.11 printed.
import codecs, io, os, tempfile
for name in ["UTF8", "utf_8", "latin1", "ISO-8859-1", "ascii", "utf-16", "UTF-16LE", "utf-8-sig",
             "cp1252", "windows-1252", "hex", "base64", "rot13", "zlib", "utf-32-be"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, type(info).__name__, isinstance(info, tuple), len(info))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo"), codecs.decode(b"h\xe9", "latin-1"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode(b"\x00\xffabc", "hex"), codecs.decode(b"00ff616263", "hex"), codecs.decode("6869", "hex"))
print(codecs.encode(b"MiniPy", "base64"), codecs.decode(b"TWluaVB5\n", "base64"))
print(codecs.decode(codecs.encode(b"x" * 100, "zlib"), "zlib") == b"x" * 100)
print(codecs.getencoder("utf-8")("añb"), codecs.getdecoder("ascii")(b"abc"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32, codecs.BOM == codecs.BOM_UTF16_LE)
try:
    codecs.encode(b"abc", "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.decode("abc", "UTF8")
except TypeError as e:
    print("TypeError:", e)
# Incremental decoding: a character split between pieces waits for its rest.
data = "añ€😀z".encode("utf-8")
dec = codecs.getincrementaldecoder("utf-8")()
pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
print(pieces, repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-8")()
dec.decode(b"\xe2\x82")
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
data16 = "a😀b".encode("utf-16")
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(data16[i:i + 1]) for i in range(len(data16))])
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
print(list(codecs.iterdecode([b"h\xc3", b"\xa9", b"llo"], "utf-8")), list(codecs.iterencode(["a", "é"], "utf-8")))
# Streams.
raw = io.BytesIO()
writer = codecs.getwriter("utf-8")(raw)
writer.write("line one é\n")
writer.writelines(["line two\n", "three"])
print(raw.getvalue())
reader = codecs.getreader("utf-8")(io.BytesIO(raw.getvalue()))
print(reader.readline(), end="")
print(list(reader))
print(codecs.getreader("utf-8")(io.BytesIO("x€y\nz".encode())).read())
path = os.path.join(tempfile.mkdtemp(), "codecs.txt")
with codecs.open(path, "w", "utf-16") as f:
    f.write("første\r\nlinje\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", "utf-16") as f:
    print(repr(f.read()))
with codecs.open(path, encoding="utf-16") as f:
    print([line for line in f])
os.remove(path)
print(codecs.lookup_error("strict").__name__, codecs.lookup_error("ignore")(UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad")))
print(codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "a\xe9", 1, 2, "bad")))
print(codecs.lookup_error("backslashreplace")(UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad")))
print(codecs.lookup_error("xmlcharrefreplace")(UnicodeEncodeError("ascii", "a\xe9\u20ac", 1, 3, "bad")))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
for data, enc in [(b"ab\xe2\x82", "utf-8"), (b"abc", "utf-16-le"), (b"a\x00\x00\xd8", "utf-16-le")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, e.reason, e.start, e.end)
# expect: UTF8 -> utf-8 CodecInfo True 4
# expect: utf_8 -> utf-8 CodecInfo True 4
# expect: latin1 -> iso8859-1 CodecInfo True 4
# expect: ISO-8859-1 -> iso8859-1 CodecInfo True 4
# expect: ascii -> ascii CodecInfo True 4
# expect: utf-16 -> utf-16 CodecInfo True 4
# expect: UTF-16LE -> utf-16-le CodecInfo True 4
# expect: utf-8-sig -> utf-8-sig CodecInfo True 4
# expect: cp1252 -> cp1252 CodecInfo True 4
# expect: windows-1252 -> cp1252 CodecInfo True 4
# expect: hex -> hex CodecInfo True 4
# expect: base64 -> base64 CodecInfo True 4
# expect: rot13 -> rot-13 CodecInfo True 4
# expect: zlib -> zlib CodecInfo True 4
# expect: utf-32-be -> utf-32-be CodecInfo True 4
# expect: LookupError: unknown encoding: no-such-codec
# expect: b'h\xc3\xa9llo' héllo hé
# expect: Uryyb, Jbeyq! Hello
# expect: b'00ff616263' b'\x00\xffabc' b'hi'
# expect: b'TWluaVB5\n' b'MiniPy'
# expect: True
# expect: (b'a\xc3\xb1b', 3) ('abc', 3)
# expect: b'\xef\xbb\xbf' b'\xff\xfe' b'\xfe\xff' b'\xff\xfe\x00\x00' True
# expect: TypeError: encoding with 'utf-8' codec failed (TypeError: utf_8_encode() argument 1 must be str, not bytes)
# expect: TypeError: decoding with 'UTF8' codec failed (TypeError: a bytes-like object is required, not 'str')
# expect: ['a', '', 'ñ', '', '', '€', '', '', '', '😀', 'z'] ''
# expect: UnicodeDecodeError: unexpected end of data
# expect: ['', '', '', 'a', '', '', '', '😀', '', 'b']
# expect: b'\xff\xfea\x00' b'b\x00' b''
# expect: ['h', 'é', 'llo'] [b'a', b'\xc3\xa9']
# expect: b'line one \xc3\xa9\nline two\nthree'
# expect: line one é
# expect: ['line two\n', 'three']
# expect: x€y
# expect: z
# expect: b'\xff\xfef\x00\xf8\x00r\x00s\x00t\x00e\x00\r\x00\n\x00l\x00i\x00n\x00j\x00e\x00\n\x00'
# expect: 'første\r\nlinje\n'
# expect: ['første\r\n', 'linje\n']
# expect: strict_errors ('', 3)
# expect: ('?', 2)
# expect: ('\\xff', 3)
# expect: ('&#233;&#8364;', 3)
# expect: LookupError: unknown error handler name 'nope'
# expect: utf-8 unexpected end of data 2 4
# expect: utf-16-le truncated data 2 3
# expect: utf-16-le unexpected end of data 2 4
