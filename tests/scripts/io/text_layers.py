# Text over bytes: io.TextIOWrapper over a BytesIO (encodings, newline modes, line reads),
# open() with an encoding and errors, binary files read by line, a text file's .buffer, and
# the standard streams' binary layer (sys.stdout.buffer) keeping its order with print().
import io
import os
import sys
import tempfile

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8")
print(w.write("héllo\nwörld\n"), w.encoding, w.errors)  # expect: 12 utf-8 strict
w.flush()
print(raw.getvalue())  # expect: b'h\xc3\xa9llo\nw\xc3\xb6rld\n'
r = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii")
print(r.readline().__repr__(), r.readlines())  # expect: 'a\n' ['b\n', 'c\n', 'd']
r = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), newline="")
print(list(r))  # expect: ['a\r\n', 'b\r', 'c\n']
r = io.TextIOWrapper(io.BytesIO("ζ1\nζ2\n".encode("utf-16")), encoding="utf-16")
print(r.read())
# expect: ζ1
# expect: ζ2
# expect: 
data = ("é" * 5000 + "\nend").encode()
r = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
print(len(r.readline()), r.read())  # expect: 5001 end
r = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="latin-1")
print(r.read(2), r.read())  # expect: ca fé
w = io.TextIOWrapper(io.BytesIO(), encoding="cp1252", newline="\r\n")
w.write("€1\n€2\n")
w.flush()
print(w.buffer.getvalue())  # expect: b'\x801\r\n\x802\r\n'
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)  # expect: LookupError unknown encoding: no-such-codec
r = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8")
try:
    r.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
    # expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
print(io.TextIOWrapper(io.BytesIO(b"\xffok"), encoding="utf-8", errors="replace").read())  # expect: �ok

folder = tempfile.mkdtemp()
path = os.path.join(folder, "t.txt")
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café\n"))  # expect: latin-1 5
with open(path, "rb") as f:
    print(f.read(), type(f).__name__)  # expect: b'caf\xe9\n' BufferedReader
with open(path, encoding="latin-1") as f:
    print(f.read().__repr__())  # expect: 'café\n'
with open(path, "w", encoding="utf-16") as f:
    f.write("ab")
    f.write("cd")
with open(path, "rb") as f:
    print(f.read())  # expect: b'\xff\xfea\x00b\x00c\x00d\x00'
with open(path, encoding="utf-16") as f:
    print(f.read())  # expect: abcd
with open(path, "w", encoding="utf-8-sig") as f:
    f.write("x")
with open(path, "rb") as f:
    print(f.read())  # expect: b'\xef\xbb\xbfx'
with open(path, encoding="utf-8-sig") as f:
    print(f.read().__repr__())  # expect: 'x'
with open(path, "wb") as f:
    print(type(f).__name__, f.write(b"line1\nline2\r\nline3"), f.write(bytearray(b"!")))
    # expect: BufferedWriter 18 1
with open(path, "rb") as f:
    print(f.readline(), f.readline(2), f.tell(), f.read(3), f.tell())  # expect: b'line1\n' b'li' 8 b'ne2' 11
    print(list(f))  # expect: [b'\r\n', b'line3!']
with open(path, "rb") as f:
    print(f.readlines())  # expect: [b'line1\n', b'line2\r\n', b'line3!']
with open(path, "r+b") as f:
    print(type(f).__name__, f.readline())  # expect: BufferedRandom b'line1\n'
    f.write(b"LINE2")
with open(path, "rb") as f:
    print(f.read())  # expect: b'line1\nLINE2\r\nline3!'
with open(path) as f:
    print(f.buffer.read(5), type(f.buffer).__name__, f.buffer.name == path)
    # expect: b'line1' BufferedReader True
try:
    open(path, encoding="bogus")
except LookupError as e:
    print("LookupError", e)  # expect: LookupError unknown encoding: bogus
try:
    open(path, "rb", errors="strict")
except ValueError as e:
    print("ValueError", e)  # expect: ValueError binary mode doesn't take an errors argument

print("text first", flush=True)  # expect: text first
sys.stdout.buffer.write(b"then bytes\n")  # expect: then bytes
print("text again")  # expect: text again
sys.stdout.buffer.flush()
print(sys.stdout.encoding, sys.stdout.name, sys.stdout.mode, sys.stdout.closed, sys.stdout.writable())
# expect: utf-8 <stdout> w False True
print(type(sys.stdin.buffer).__name__, sys.stdout.buffer.fileno())  # expect: BufferedReader 1
sys.stdout.reconfigure(encoding="utf-8")
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print("TypeError", e)  # expect: TypeError reconfigure() takes no positional arguments
layer = open(path).buffer
try:
    layer.read()
except ValueError as e:
    print("ValueError", e, layer.closed)  # expect: ValueError read of closed file True
