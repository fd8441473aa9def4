# Text files: readline(size) stops at size characters; invalid UTF-8 is a UnicodeDecodeError
# unless errors= says otherwise.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "lines.txt")
with open(p, "w") as f:
    f.write("1\n22\n333\nlast")
with open(p) as f:
    print([f.readline(1), f.readline(1), f.readline(5), f.readline(2), f.readline(0), f.readline(-1),
           f.readline(3), f.readline(3), f.readline(3)])
with open(p, newline="") as f:
    print(repr(f.readline(1)), repr(f.read(2)), repr(f.readline(100)))

bad = os.path.join(d, "bad.txt")
with open(bad, "wb") as f:
    f.write(b"caf\xe9 ok\nsecond line\n")
for errors in (None, "strict", "replace", "ignore", "backslashreplace"):
    try:
        with open(bad, encoding="utf-8", errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e.reason, e.start, e.end, e)
try:
    with open(bad, encoding="utf-8") as f:
        f.readline()
except UnicodeDecodeError as e:
    print("readline:", e)
with open(bad, encoding="latin-1") as f:
    print(repr(f.readline()))
emoji = os.path.join(d, "emoji.txt")
with open(emoji, "w", encoding="utf-8") as f:
    f.write("\U0001F600abc\nxy\n")
with open(emoji, encoding="utf-8") as f:
    print(ascii([f.readline(1), f.readline(2), f.readline(5), f.readline()]))
for errors in ("ignore", "replace", "backslashreplace"):
    with open(bad, errors=errors) as f:
        print(errors, ascii(f.read()))

# expect: ['1', '\n', '22\n', '33', '', '3\n', 'las', 't', '']
# expect: '1' '\n2' '2\n'
# expect: None UnicodeDecodeError invalid continuation byte 3 4 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte
# expect: strict UnicodeDecodeError invalid continuation byte 3 4 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte
# expect: replace 'caf� ok\nsecond line\n'
# expect: ignore 'caf ok\nsecond line\n'
# expect: backslashreplace 'caf\\xe9 ok\nsecond line\n'
# expect: readline: 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte
# expect: 'café ok\n'
# expect: ['\U0001f600', 'ab', 'c\n', 'xy\n']
# expect: ignore 'caf ok\nsecond line\n'
# expect: replace 'caf\ufffd ok\nsecond line\n'
# expect: backslashreplace 'caf\\xe9 ok\nsecond line\n'
