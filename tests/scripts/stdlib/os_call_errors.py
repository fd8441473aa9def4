# os's file-system calls fail as the C library's calls do: each error is the OSError
# subclass of its errno with the C library's words and the file name(s), and a write
# to a full device is ENOSPC, never a fault of the interpreter's own.
import os
import shutil
import tempfile

home = os.getcwd()
d = tempfile.mkdtemp()
os.chdir(d)


def t(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
        print(getattr(fn, "__name__", "call"), "ok", result)
    except OSError as e:
        print(getattr(fn, "__name__", "call"), type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)


t(os.mkdir, "a")
t(os.mkdir, "a")
t(os.mkdir, "a/b/c")
t(os.makedirs, "a/b/c")
t(os.makedirs, "a/b/c")
t(os.makedirs, "a/b/c", exist_ok=True)
t(os.makedirs, "x/y/", 0o755, True)
open("f", "w").close()
t(os.makedirs, "f", exist_ok=True)
t(os.mkdir, "f/x")
t(os.rmdir, "a")
t(os.rmdir, "f")
t(os.rmdir, "nope")
t(os.unlink, "a")
t(os.unlink, "nope")
t(os.rename, "nope", "x2")
t(os.rename, "a", "a2")
t(os.replace, "a2", "x")
t(os.rmdir, "a2/b/c")
t(os.mkdir, "m", 0o700)
print(oct(os.stat("m").st_mode & 0o777))
t(os.mkdir, path="kw")
print(sorted(os.listdir(".")))
t(lambda: open("f/x"))
t(lambda: open("f/x", "w"))
t(lambda: open(".", "w"))
t(lambda: os.listdir("f"))
t(lambda: os.chdir("f"))
t(lambda: os.stat("f/x"))
t(os.remove, "f")


def fill():
    with open("/dev/full", "w") as fh:
        fh.write("x")


t(fill)
os.chdir(home)
shutil.rmtree(d)

# expect: mkdir ok None
# expect: mkdir FileExistsError 17 File exists a None
# expect: mkdir FileNotFoundError 2 No such file or directory a/b/c None
# expect: makedirs ok None
# expect: makedirs FileExistsError 17 File exists a/b/c None
# expect: makedirs ok None
# expect: makedirs ok None
# expect: makedirs FileExistsError 17 File exists f None
# expect: mkdir NotADirectoryError 20 Not a directory f/x None
# expect: rmdir OSError 39 Directory not empty a None
# expect: rmdir NotADirectoryError 20 Not a directory f None
# expect: rmdir FileNotFoundError 2 No such file or directory nope None
# expect: unlink IsADirectoryError 21 Is a directory a None
# expect: unlink FileNotFoundError 2 No such file or directory nope None
# expect: rename FileNotFoundError 2 No such file or directory nope x2
# expect: rename ok None
# expect: replace OSError 39 Directory not empty a2 x
# expect: rmdir ok None
# expect: mkdir ok None
# expect: 0o700
# expect: mkdir ok None
# expect: ['a2', 'f', 'kw', 'm', 'x']
# expect: <lambda> NotADirectoryError 20 Not a directory f/x None
# expect: <lambda> NotADirectoryError 20 Not a directory f/x None
# expect: <lambda> IsADirectoryError 21 Is a directory . None
# expect: <lambda> NotADirectoryError 20 Not a directory f None
# expect: <lambda> NotADirectoryError 20 Not a directory f None
# expect: <lambda> NotADirectoryError 20 Not a directory f/x None
# expect: remove ok None
# expect: fill OSError 28 No space left on device None None
