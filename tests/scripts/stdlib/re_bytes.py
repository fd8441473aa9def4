# re over bytes: bytes patterns search bytes and bytearray subjects, sub with bytes templates,
# and CPython's errors for mixing str and bytes.
import re
data = b"GLIBC_2.17 junk GLIBC_2.36 x GLIBC_2.2.5"
print(re.findall(rb"GLIBC_(\d+\.\d+)", data), [m.group(1) for m in re.finditer(rb"GLIBC_(\d+(\.\d+)+)", data)])
print(re.search(rb"(\w+)=(\w+)", b"key=value").groups(), re.sub(rb"\d", b"#", b"a1b22"), re.sub(rb"(\w)(\d)", rb"\2\1", b"a1 b2"), re.split(rb",\s*", b"a, b,c"))
print(re.match(rb"\x00\xff", b"\x00\xff\x01"), re.fullmatch(rb"[\x80-\xff]+", bytearray(b"\x80\x90")), re.sub(rb"a", lambda m: b"<" + m.group() + b">", b"banana"))
print(re.findall(rb"(a)|(b)", b"ab"), re.compile(rb"x+"), re.escape(b"a.b"))
for bad in (lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 3), lambda: re.findall(b"a", "a")):
    try:
        bad()
    except TypeError as e:
        print(e)

# expect: [b'2.17', b'2.36', b'2.2'] [b'2.17', b'2.36', b'2.2.5']
# expect: (b'key', b'value') b'a#b##' b'1a 2b' [b'a', b'b', b'c']
# expect: <re.Match object; span=(0, 2), match=b'\x00\xff'> <re.Match object; span=(0, 2), match=b'\x80\x90'> b'b<a>n<a>n<a>'
# expect: [(b'a', b''), (b'', b'b')] re.compile(b'x+') b'a\\.b'
# expect: cannot use a string pattern on a bytes-like object
# expect: cannot use a bytes pattern on a string-like object
# expect: expected string or bytes-like object, got 'int'
# expect: cannot use a bytes pattern on a string-like object
