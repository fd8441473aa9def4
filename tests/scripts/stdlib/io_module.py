# io: StringIO and BytesIO (write, read, readline, iteration, seek, getvalue, closing),
# print(file=) and a replaced sys.stdout; the output CPython 3.11 printed.
import io, sys
s = io.StringIO()
s.write("hello\n"); print("world", file=s); s.writelines(["a\n", "b"])
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read(3)), repr(s.read()))
s.seek(0); print(list(s))
s.seek(2); s.write("XY"); print(repr(s.getvalue()))
with io.StringIO("line1\nline2\n") as f:
    for line in f: print(line.rstrip())
print(f.closed)
try: f.read()
except ValueError as e: print("ValueError:", e)
b = io.BytesIO(b"abc"); b.seek(0, 2); b.write(b"def"); print(b.getvalue(), b.tell())
b.seek(1); print(b.read(2), b.readline())
old = sys.stdout; sys.stdout = buf = io.StringIO()
print("captured", 1, 2)
sys.stdout = old
print(repr(buf.getvalue()))
try: io.StringIO().write(b"x")
except TypeError as e: print("TypeError:", e)
# expect: 'hello\nworld\na\nb' 15
# expect: 'hello\n' 'wor' 'ld\na\nb'
# expect: ['hello\n', 'world\n', 'a\n', 'b']
# expect: 'heXYo\nworld\na\nb'
# expect: line1
# expect: line2
# expect: True
# expect: ValueError: I/O operation on closed file
# expect: b'abcdef' 6
# expect: b'bc' b'def'
# expect: 'captured 1 2\n'
# expect: TypeError: string argument expected, got 'bytes'
