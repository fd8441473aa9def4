# tempfile as CPython's: mkstemp gives an OS descriptor and a path, NamedTemporaryFile a
# named file removed on close, TemporaryFile one with no name left, SpooledTemporaryFile
# a file kept in memory until it outgrows max_size, and TemporaryDirectory.
import os
import stat
import tempfile

fd, path = tempfile.mkstemp(suffix=".dat", prefix="mp_")
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path).startswith("mp_"), path.endswith(".dat"))
print(oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b"hello")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
with os.fdopen(os.open(path, os.O_RDONLY)) as f:
    print(f.read())
os.unlink(path)

d = tempfile.mkdtemp()
print(oct(stat.S_IMODE(os.stat(d).st_mode)))
fd, p2 = tempfile.mkstemp(dir=d, text=True)
os.close(fd)
print(os.path.dirname(p2) == d)

with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".txt") as f:
    f.write("line one\nline two\n")
    f.flush()
    f.seek(0)
    print(os.path.exists(f.name), f.name.endswith(".txt"), f.readline(), end="")
    print([line for line in f])
print(os.path.exists(f.name), f.closed)
f = tempfile.NamedTemporaryFile(delete=False, dir=d)
f.write(b"kept")
f.close()
print(os.path.exists(f.name))
os.unlink(f.name)

with tempfile.TemporaryFile(dir=d) as t:
    t.write(b"abc")
    t.seek(0)
    print(t.read(), type(t.name).__name__, sorted(os.listdir(d)) == [os.path.basename(p2)])

s = tempfile.SpooledTemporaryFile(max_size=10, dir=d)
s.write(b"12345")
print(s._rolled, s.tell())
s.write(b"678901")
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode="w+") as s:
    s.write("text\nmore\n")
    s.seek(0)
    print(s.readlines(), s._rolled)
    s.fileno()
    print(s._rolled)
    s.seek(0)
    print(s.read())

with tempfile.TemporaryDirectory(prefix="td_") as name:
    print(os.path.isdir(name), os.path.basename(name).startswith("td_"))
    open(os.path.join(name, "x"), "w").close()
print(os.path.exists(name))
os.unlink(p2)
os.rmdir(d)

# expect: int True True True
# expect: 0o600
# expect: b'hello'
# expect: hello
# expect: 0o700
# expect: True
# expect: True True line one
# expect: ['line two\n']
# expect: False True
# expect: True
# expect: b'abc' int True
# expect: False 5
# expect: True 11
# expect: b'12345678901'
# expect: True
# expect: ['text\n', 'more\n'] False
# expect: True
# expect: text
# expect: more
# expect: 
# expect: True True
# expect: False
