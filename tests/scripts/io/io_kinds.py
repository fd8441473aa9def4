# io's abstract kinds as CPython's: open()'s files and the standard streams are instances of
# TextIOBase/BufferedIOBase; a class deriving from them gets closed/close, readable()
# False until it says otherwise, readinto from read, UnsupportedOperation for the rest.
import io, os, sys, tempfile

path = os.path.join(tempfile.mkdtemp(), "f.txt")
with open(path, "w") as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
    f.write("hello\nworld\n")
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
with open(path, "ab") as f:
    print(isinstance(f, io.BufferedIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout.buffer, io.IOBase),
      isinstance(sys.stdin, io.TextIOBase), issubclass(type(sys.stderr), io.IOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.RawIOBase), isinstance(3, io.IOBase))

class Source(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def read(self, size=-1):
        if size is None or size < 0:
            size = len(self.data)
        chunk, self.data = self.data[:size], self.data[size:]
        return chunk

s = Source(b"abcdef\nxyz")
print(s.closed, s.readable(), s.writable(), s.seekable())
buf = bytearray(4)
print(s.readinto(buf), buf, s.readline(), s.read())
try:
    s.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
with s:
    pass
print(s.closed)
try:
    s.readline()
except ValueError as e:
    print(e)

class Raw(io.RawIOBase):
    def __init__(self):
        self.left = 3
    def readable(self):
        return True
    def readinto(self, b):
        if not self.left:
            return 0
        self.left -= 1
        b[:2] = b"ok"
        return 2
print(Raw().read(), Raw().read(2))
b = io.BytesIO(b"12345")
ba = bytearray(3)
print(b.readinto(ba), ba, b.read(), b.readable(), b.seekable())
b.close()
print(b.closed)
t = io.StringIO("x")
t.close()
print(t.closed)
os.remove(path)
os.rmdir(os.path.dirname(path))

# expect: True True False
# expect: True True False
# expect: True
# expect: True True True True
# expect: True True False False
# expect: False True False False
# expect: 4 bytearray(b'abcd') b'ef\n' b'xyz'
# expect: UnsupportedOperation write
# expect: UnsupportedOperation fileno
# expect: True
# expect: b'okokok' b'ok'
# expect: 3 bytearray(b'123') b'45' True True
# expect: True
# expect: True
