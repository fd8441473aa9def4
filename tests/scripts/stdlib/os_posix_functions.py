# os: stat and lstat with the real inode, links, owner and exact times, scandir and its
# DirEntry, access, chmod, umask, symbolic and hard links, PathLike, fsencode/fsdecode,
# removedirs and renames, popen, putenv/unsetenv, utime, truncate, the process's ids,
# CPUs, load and times; the output CPython 3.11 printed.
import os, stat, tempfile, pathlib
base = tempfile.mkdtemp()
f = os.path.join(base, "data.txt")
with open(f, "w") as out:
    out.write("hello world\n")
st = os.stat(f)
print(type(st).__name__, len(st), st.st_size, st[6], stat.S_ISREG(st.st_mode), st.st_nlink)
print(isinstance(st[8], int), isinstance(st.st_mtime, float), st.st_mtime_ns // 10**9 == st[8], int(st.st_mtime) == st[8])
print(st.st_ino > 0, st.st_ino == os.stat(f).st_ino, st.st_uid == os.getuid(), st.st_gid == os.getgid(), st.st_blocks >= 0, st.st_blksize > 0)
print(repr(st).startswith("os.stat_result(st_mode="), "st_atime=" in repr(st), "." not in repr(st).split("st_atime=")[1].split(",")[0])
link = os.path.join(base, "link.txt")
os.symlink(f, link)
print(os.readlink(link) == f, stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISREG(os.stat(link).st_mode), os.path.islink(link))
print(stat.S_ISLNK(os.stat(link, follow_symlinks=False).st_mode))
hard = os.path.join(base, "hard.txt")
os.link(f, hard)
print(os.stat(f).st_nlink, os.stat(hard).st_ino == os.stat(f).st_ino)
os.mkdir(os.path.join(base, "sub"))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False), os.fspath(e) == e.path)
print(entries[0].inode() == os.lstat(entries[0].path).st_ino, entries[0].stat().st_size, type(entries[0]).__name__, os.DirEntry)
print(sorted(e.name for e in os.scandir(pathlib.Path(base))), [type(e.name).__name__ for e in os.scandir(os.fsencode(base))][:1])
os.chmod(f, 0o640)
print(oct(stat.S_IMODE(os.stat(f).st_mode)), os.access(f, os.R_OK), os.access(os.path.join(base, "nope"), os.F_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)
old = os.umask(0o022)
print(os.umask(old) == 0o022)
os.utime(f, (1_000_000_000, 1_500_000_000.5))
print(os.stat(f).st_atime, os.stat(f).st_mtime, os.stat(f).st_mtime_ns)
os.utime(f, ns=(2_000_000_000_123_456_789, 2_000_000_000_987_654_321))
print(os.stat(f).st_atime_ns, os.stat(f).st_mtime_ns)
os.truncate(f, 5)
print(open(f).read(), os.path.getsize(f))
try:
    os.stat(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename == os.path.join(base, "missing"))
try:
    os.readlink(f)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.symlink(f, link)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == f, e.filename2 == link)
print(isinstance(pathlib.Path("x"), os.PathLike), isinstance("x", os.PathLike), issubclass(os.DirEntry, os.PathLike), os.PathLike)
class P:
    def __fspath__(self): return "/tmp/p"
print(isinstance(P(), os.PathLike), os.fspath(P()), os.fsencode(P()), os.fsdecode(b"/a/b"), os.fsencode("é"))
print(os.error is OSError, os.get_exec_path({"PATH": "/x:/y"}), os.get_exec_path({}), os.defpath)
deep = os.path.join(base, "a", "b", "c")
os.makedirs(deep)
os.removedirs(deep)
print(os.path.exists(os.path.join(base, "a")), os.path.exists(base))
os.renames(hard, os.path.join(base, "x", "y", "moved.txt"))
print(sorted(os.listdir(os.path.join(base, "x", "y"))))
with os.popen("echo one; echo two") as p:
    print(p.read().split())
p = os.popen("exit 3")
print(p.read(), p.close())
p = os.popen("echo fine")
print(p.read(), p.close())
os.putenv("MINIPY_PUTENV_TEST", "value")
print("MINIPY_PUTENV_TEST" in os.environ)
os.unsetenv("MINIPY_PUTENV_TEST")
os.environ["MINIPY_ENV_TEST"] = "seen"
out_file = os.path.join(base, "system.txt")
print(os.system("echo system: $MINIPY_ENV_TEST > " + out_file), open(out_file).read().strip())
print(os.popen("echo popen: $MINIPY_ENV_TEST").read().strip())
print(len(os.sched_getaffinity(0)) >= 1, all(isinstance(c, int) for c in os.sched_getaffinity(0)))
print(len(os.getloadavg()), type(os.times()).__name__, len(os.times()), os.times().user >= 0, os.geteuid() == os.getuid(), os.getegid() == os.getgid())
try:
    os.get_terminal_size(1000000)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
try:
    os.no_such_thing
except AttributeError as e:
    print(e)
print(os.getcwdb() == os.getcwd().encode(), hasattr(os, "_wrap_close"), os.EX_OK)
for call in (lambda: os.stat(None), lambda: os.lstat(None), lambda: os.chmod(None, 1), lambda: os.access(None, 1), lambda: os.readlink(None)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
with open(f) as handle:
    print(os.stat(handle.fileno()).st_ino == os.stat(f).st_ino)
    print(os.fstat(handle.fileno()).st_size == os.path.getsize(f), type(handle.fileno()).__name__)
# expect: stat_result 10 12 12 True 1
# expect: True True True True
# expect: True True True True True True
# expect: True True True
# expect: True True True True
# expect: True
# expect: 2 True
# expect: <DirEntry 'data.txt'> data.txt True False True False True True
# expect: <DirEntry 'hard.txt'> hard.txt True False True False True True
# expect: <DirEntry 'link.txt'> link.txt True False True True False True
# expect: <DirEntry 'sub'> sub True True False False False True
# expect: True 12 DirEntry <class 'posix.DirEntry'>
# expect: ['data.txt', 'hard.txt', 'link.txt', 'sub'] ['bytes']
# expect: 0o640 True False 0 4 2 1
# expect: True
# expect: 1000000000.0 1500000000.5 1500000000500000000
# expect: 2000000000123456789 2000000000987654321
# expect: hello 5
# expect: FileNotFoundError 2 No such file or directory True
# expect: OSError 22 Invalid argument
# expect: FileExistsError 17 File exists True True
# expect: True False True <class 'os.PathLike'>
# expect: True /tmp/p b'/tmp/p' /a/b b'\xc3\xa9'
# expect: True ['/x', '/y'] ['/bin', '/usr/bin'] /bin:/usr/bin
# expect: False True
# expect: ['moved.txt']
# expect: ['one', 'two']
# expect:  768
# expect: fine
# expect:  None
# expect: False
# expect: 0 system: seen
# expect: popen: seen
# expect: True True
# expect: 3 times_result 5 True True True
# expect: OSError 9 Bad file descriptor
# expect: os.terminal_size(columns=80, lines=24) 80
# expect: module 'os' has no attribute 'no_such_thing'
# expect: True True 0
# expect: TypeError: stat: path should be string, bytes, os.PathLike or integer, not NoneType
# expect: TypeError: lstat: path should be string, bytes or os.PathLike, not NoneType
# expect: TypeError: chmod: path should be string, bytes, os.PathLike or integer, not NoneType
# expect: TypeError: access: path should be string, bytes or os.PathLike, not NoneType
# expect: TypeError: readlink: path should be string, bytes or os.PathLike, not NoneType
# expect: True
# expect: True int
