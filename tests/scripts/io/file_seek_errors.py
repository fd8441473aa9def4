# seek's errors on files as CPython's: before the start, a bad whence, text files' relative
# seeks; and seek(0, 1) after reading ahead keeps the place.
import io, os, tempfile
path = os.path.join(tempfile.mkdtemp(), "s.txt")
with open(path, "w") as f:
    f.write("line one\nline two\n")
with open(path, "rb") as f:
    print(f.read(3), f.seek(0, 1), f.tell(), f.seek(-4, 2), f.read())
    for args in ((-1000, 2), (-1, 0), (0, 5)):
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
with open(path) as f:
    print(repr(f.readline()), f.seek(0, 1), repr(f.readline()))
    for args in ((3, 1), (-2, 2), (-1, 0), (0, 7)):
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, isinstance(e, io.UnsupportedOperation), e)
    print(f.seek(0, 2), f.seek(0))
os.remove(path)
os.rmdir(os.path.dirname(path))

# expect: b'lin' 3 3 14 b'two\n'
# expect: OSError [Errno 22] Invalid argument
# expect: OSError [Errno 22] Invalid argument
# expect: ValueError whence value 5 unsupported
# expect: 'line one\n' 9 'line two\n'
# expect: UnsupportedOperation True can't do nonzero cur-relative seeks
# expect: UnsupportedOperation True can't do nonzero end-relative seeks
# expect: ValueError False negative seek position -1
# expect: ValueError False invalid whence (7, should be 0, 1 or 2)
# expect: 18 0
