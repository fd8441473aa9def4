# fcntl: flock and lockf between processes (a child of os.fork holds the lock, the parent's
# non-blocking attempt fails with BlockingIOError, then waits for it), and fcntl's flags.
import fcntl
import os
import tempfile
import time

path = os.path.join(tempfile.mkdtemp(), "lockfile")
with open(path, "w") as f:
    f.write("x" * 10)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    with open(path) as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        os.write(w, b"locked")
        time.sleep(0.3)
        fcntl.flock(held, fcntl.LOCK_UN)
    os._exit(0)
print(os.read(r, 6))
with open(path) as mine:
    try:
        fcntl.flock(mine.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        print("BlockingIOError", e.errno)
    start = time.monotonic()
    fcntl.flock(mine, fcntl.LOCK_EX)
    print("waited for the child:", time.monotonic() - start > 0.1)
    fcntl.flock(mine, fcntl.LOCK_UN)
os.waitpid(pid, 0)

with open(path, "r+") as f:
    fcntl.lockf(f, fcntl.LOCK_EX, 5)
    fcntl.lockf(f, fcntl.LOCK_UN, 5)
    fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.lockf(f, fcntl.LOCK_UN)
    flags = fcntl.fcntl(f, fcntl.F_GETFD)
    print("close-on-exec:", bool(flags & fcntl.FD_CLOEXEC))
    fcntl.fcntl(f, fcntl.F_SETFD, flags & ~fcntl.FD_CLOEXEC)
    print("close-on-exec:", bool(fcntl.fcntl(f, fcntl.F_GETFD) & fcntl.FD_CLOEXEC))
    print("read/write:", fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDWR)
for bad in (-1, "x"):
    try:
        fcntl.flock(bad, fcntl.LOCK_EX)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.remove(path)
# expect: b'locked'
# expect: BlockingIOError 11
# expect: waited for the child: True
# expect: close-on-exec: True
# expect: close-on-exec: False
# expect: read/write: True
# expect: ValueError file descriptor cannot be a negative integer (-1)
# expect: TypeError argument must be an int, or have a fileno() method.
