# Binary files' read1 and peek, and truncate on files opened for writing.
import io, os, tempfile
folder = tempfile.mkdtemp()
path = os.path.join(folder, "b.bin")
with open(path, "wb") as f:
    f.write(b"0123456789" * 3)
    print(f.truncate(12), f.tell())
    f.write(b"ab")
with open(path, "rb") as f:
    data = f.read()
    print(len(data), data.count(0), data[:12], data[-2:], hasattr(f, "read1"), hasattr(f, "peek"))
with open(path, "rb") as f:
    print(f.peek()[:4], f.read(2), f.read1(3), len(f.read1()), f.read1(), f.peek())
    try:
        f.truncate()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
with open(path, "r+") as f:
    print(len(f.readline()), f.truncate(5))
    f.seek(0)
    print(repr(f.read()), hasattr(f, "read1"))
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
os.rmdir(folder)

# expect: 12 30
# expect: 32 18 b'012345678901' b'ab' True True
# expect: b'0123' b'01' b'234' 27 b'' b''
# expect: UnsupportedOperation truncate
# expect: 32 5
# expect: '01234' False
# expect: b'01234'
