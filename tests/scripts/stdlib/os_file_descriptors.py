# os's functions on file descriptors: open with O_* flags, read, write, lseek, pipe (a
# writer thread and a blocking reader), dup and dup2, isatty, fsync, ftruncate, inheritance
# and blocking flags, fdopen and open() of a descriptor; the output CPython 3.11 printed.
import os, tempfile, threading
base = tempfile.mkdtemp()
path = os.path.join(base, "fd.txt")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello "), os.write(fd, bytearray(b"world\n")), os.get_inheritable(fd))
os.fsync(fd)
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.isatty(fd))
copy = os.dup(fd)
print(copy != fd, os.read(copy, 3), os.get_inheritable(copy))
os.close(copy)
os.close(fd)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.open(os.path.join(base, "missing"), os.O_RDONLY)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == os.path.join(base, "missing"))
try:
    os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.errno)
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
def writer():
    for chunk in (b"one ", b"two ", b"three"):
        os.write(w, chunk)
    os.close(w)
t = threading.Thread(target=writer)
t.start()
received = b""
while True:
    chunk = os.read(r, 3)
    if not chunk:
        break
    received += chunk
t.join()
os.close(r)
print(received)
r, w = os.pipe()
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.set_inheritable(w, True)
print(os.get_inheritable(w))
with os.fdopen(w, "w") as out:
    out.write("through fdopen\n")
with os.fdopen(r, "r") as inp:
    os.set_blocking(r, True)
    print(repr(inp.read()))
fd = os.open(path, os.O_RDWR)
os.ftruncate(fd, 4)
f = open(fd, "rb", closefd=False)
print(f.read(), os.fstat(fd).st_size)
f.close()
print(os.read(fd, 1) == b"", os.lseek(fd, 0, 0))
target = os.open(os.path.join(base, "dup2.txt"), os.O_WRONLY | os.O_CREAT)
print(os.dup2(fd, target) == target, os.get_inheritable(target), os.dup2(fd, target, inheritable=False) == target, os.get_inheritable(target))
os.close(target)
os.close(fd)
for bad in (lambda: open(-1), lambda: open(path, closefd=False), lambda: os.fdopen("x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_NONBLOCK, os.O_CLOEXEC)
# expect: int 6 6 False
# expect: b'hello' 5 b' world\n' b''
# expect: 0 b'hel' False
# expect: True b'lo ' False
# expect: OSError 9 Bad file descriptor
# expect: FileNotFoundError 2 True
# expect: FileExistsError 17
# expect: False True
# expect: b'one two three'
# expect: False
# expect: BlockingIOError 11
# expect: True
# expect: 'through fdopen\n'
# expect: b'hell' 4
# expect: True 0
# expect: True True True False
# expect: ValueError negative file descriptor
# expect: ValueError Cannot use closefd=False with file name
# expect: TypeError invalid fd type (<class 'str'>, expected integer)
# expect: 0 1 2 1024 64 128 512 2048 524288
