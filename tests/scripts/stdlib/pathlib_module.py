# pathlib: names, suffixes, parents, joining with /, relative_to, match, and the file system:
# mkdir, write and read, iterdir, glob and rglob, rename, unlink, touch, cwd and home.
from pathlib import Path, PurePath, PurePosixPath
import os, tempfile
p = Path("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p), p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.parts, p.is_absolute())
print(list(map(str, p.parents))[:3], p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("other"))
print(p.relative_to("/usr/local"), Path("a") / "b" / "c.txt", "pre" / Path("x"), Path("a", "/abs", "b"))
print(PurePath("x/y") == PurePosixPath("x/y"), Path("./a/./b/") , Path(), Path("a").joinpath("b", "c"))
print(Path("a/b.py").match("*.py"), Path("/a/b/c.py").match("b/*.py"), Path("a/b.py").match("a/*.txt"))
try:
    Path("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    (base / "sub" / "deep").mkdir(parents=True)
    (base / "a.txt").write_text("hello\n")
    (base / "b.py").write_text("print(1)\n")
    (base / "sub" / "c.py").write_bytes(b"x = 2\n")
    print((base / "a.txt").read_text(), (base / "sub" / "c.py").read_bytes(), (base / "a.txt").exists(), (base / "sub").is_dir())
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.glob("*.py")))
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*.py")))
    (base / "a.txt").rename(base / "renamed.txt")
    print(sorted(x.name for x in base.iterdir()), (base / "renamed.txt").stat().st_size)
    (base / "renamed.txt").unlink()
    (base / "gone.txt").unlink(missing_ok=True)
    (base / "t").touch()
    print((base / "t").exists(), Path.cwd() == Path(os.getcwd()), Path("~").expanduser() == Path.home())
# expect: /usr/local/lib/python3.11/site.tar.gz PosixPath('/usr/local/lib/python3.11/site.tar.gz') site.tar.gz .gz ['.tar', '.gz'] site.tar /usr/local/lib/python3.11 / ('/', 'usr', 'local', 'lib', 'python3.11', 'site.tar.gz') True
# expect: ['/usr/local/lib/python3.11', '/usr/local/lib', '/usr/local'] /usr/local/lib/python3.11/x.py /usr/local/lib/python3.11/site.tar.zip /usr/local/lib/python3.11/other.gz
# expect: lib/python3.11/site.tar.gz a/b/c.txt pre/x /abs/b
# expect: True a/b . a/b/c
# expect: True True False
# expect: ValueError: '/a/b' is not in the subpath of '/c' OR one path is relative and the other is absolute.
# expect: hello
# expect:  b'x = 2\n' True True
# expect: ['a.txt', 'b.py', 'sub']
# expect: ['b.py']
# expect: ['b.py', 'sub/c.py']
# expect: ['b.py', 'renamed.txt', 'sub'] 6
# expect: True True True
