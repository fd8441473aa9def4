# os's file-system functions fail with CPython's OSError subclasses and messages (both paths
# for rename), never with the runtime's own errors.
import os
tests = [
    lambda: os.stat("/nope/x"), lambda: os.remove("/nope/x"), lambda: os.unlink("/tmp"), lambda: os.rmdir("/nope/x"),
    lambda: os.rmdir("/etc"), lambda: os.mkdir("/tmp"), lambda: os.mkdir("/nope/a/b"), lambda: os.makedirs("/tmp"),
    lambda: os.rename("/nope/a", "/tmp/b"), lambda: os.chdir("/nope"), lambda: os.chdir("/etc/hostname"),
    lambda: open("/nope/x"), lambda: open("/tmp"), lambda: os.replace("/nope/a", "/tmp/b"),
    lambda: os.path.getsize("/nope"), lambda: next(os.walk("/nope")),
]
for t in tests:
    try:
        t()
        print("ok")
    except StopIteration:
        print("StopIteration")
    except Exception as e:
        print(type(e).__name__, e)
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope/x'
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope/x'
# expect: IsADirectoryError [Errno 21] Is a directory: '/tmp'
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope/x'
# expect: OSError [Errno 39] Directory not empty: '/etc'
# expect: FileExistsError [Errno 17] File exists: '/tmp'
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope/a/b'
# expect: FileExistsError [Errno 17] File exists: '/tmp'
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope/a' -> '/tmp/b'
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope'
# expect: NotADirectoryError [Errno 20] Not a directory: '/etc/hostname'
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope/x'
# expect: IsADirectoryError [Errno 21] Is a directory: '/tmp'
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope/a' -> '/tmp/b'
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope'
# expect: StopIteration
