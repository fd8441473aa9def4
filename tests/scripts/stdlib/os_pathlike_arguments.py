# open() and the os and os.path functions take os.PathLike objects (pathlib.Path, anything with
# __fspath__) as CPython's do, with CPython's errors for what is not a path.
import os, tempfile, shutil
from pathlib import Path
class Custom:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    os.makedirs(base / "a" / "b")
    with open(base / "a" / "f.txt", "w") as f:
        f.write("hello")
    print(os.path.exists(base / "a" / "f.txt"), os.path.isdir(base / "a"), os.path.getsize(base / "a" / "f.txt"))
    print(os.path.basename(base / "a" / "f.txt"), os.path.splitext(Path("x/y.tar.gz")), os.path.join(Path("p"), "q"))
    print(sorted(os.listdir(base / "a")), os.stat(base / "a" / "f.txt").st_size)
    os.rename(base / "a" / "f.txt", Custom(os.path.join(d, "a", "g.txt")))
    print(open(Custom(os.path.join(d, "a", "g.txt"))).read())
    print([(os.path.relpath(r, d), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(base)])
    shutil.copy(base / "a" / "g.txt", base / "h.txt")
    print((base / "h.txt").read_text())
    os.remove(base / "h.txt"); os.unlink(Custom(os.path.join(d, "a", "g.txt")))
    os.rmdir(base / "a" / "b")
    print(sorted(os.listdir(d)), os.fspath(base) == d)
for bad in (lambda: open(3.5), lambda: os.stat(None), lambda: os.path.join(1, "a"), lambda: os.listdir(2.0), lambda: os.fspath(Custom(5))):
    try: bad()
    except TypeError as e: print("TypeError:", e)

# expect: True True 5
# expect: f.txt ('x/y.tar', '.gz') p/q
# expect: ['b', 'f.txt'] 5
# expect: hello
# expect: [('.', ['a'], []), ('a', ['b'], ['g.txt']), ('a/b', [], [])]
# expect: hello
# expect: ['a'] True
# expect: TypeError: expected str, bytes or os.PathLike object, not float
# expect: TypeError: stat: path should be string, bytes, os.PathLike or integer, not NoneType
# expect: TypeError: expected str, bytes or os.PathLike object, not int
# expect: TypeError: listdir: path should be string, bytes, os.PathLike, integer or None, not float
# expect: TypeError: expected Custom.__fspath__() to return str or bytes, not int
