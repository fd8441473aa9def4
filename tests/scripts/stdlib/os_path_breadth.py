# os.path's breadth (normpath, split, relpath, commonpath, expandvars, realpath, times, ...)
# and os's urandom, fspath, system and path constants; children see os.environ's changes.
import os, os.path as p, subprocess
for path in ["", ".", "a//b/./c/..", "/../x", "//x", "///x/y/", "a/../../b", "./a/"]:
    print(repr(path), repr(p.normpath(path)), p.split(path), p.isabs(path))
print(p.splitdrive("/a/b"), p.normcase("/A/b"), p.curdir, p.pardir, p.sep, p.pathsep, p.devnull, p.extsep, p.altsep)
print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonpath(["/usr/lib", "/usr/local"]))
os.environ["MYVAR"] = "value"
print(p.expandvars("x/$MYVAR/${MYVAR}/$NOPE_NOT_SET"), p.expanduser("~/x").startswith(os.environ["HOME"]), p.expanduser("nothome"))
print(p.islink("/tmp"), p.lexists("/tmp"), p.realpath("/tmp/../tmp"), p.samefile("/tmp", "/tmp/."))
print(type(p.getmtime("/tmp")).__name__, p.getmtime("/tmp") > 1e9)
try:
    p.getmtime("/no/such")
except FileNotFoundError as e:
    print(e)
print(len(os.urandom(8)), os.fspath("x"), os.curdir, os.devnull)
class P:
    def __fspath__(self): return "/fs/path"
print(os.fspath(P()))
print(os.system("exit 3") >> 8, os.system("true"))
os.environ["ZZ_T"]="42"
print(subprocess.run(["sh","-c","echo $ZZ_T"],capture_output=True,text=True).stdout)
# expect: '' '.' ('', '') False
# expect: '.' '.' ('', '.') False
# expect: 'a//b/./c/..' 'a/b' ('a//b/./c', '..') False
# expect: '/../x' '/x' ('/..', 'x') True
# expect: '//x' '//x' ('//', 'x') True
# expect: '///x/y/' '/x/y' ('///x/y', '') True
# expect: 'a/../../b' '../b' ('a/../..', 'b') False
# expect: './a/' 'a' ('./a', '') False
# expect: ('', '/a/b') /A/b . .. / : /dev/null . None
# expect: ../b/c . /usr/l /usr
# expect: x/value/value/$NOPE_NOT_SET True nothome
# expect: False True /tmp True
# expect: float True
# expect: [Errno 2] No such file or directory: '/no/such'
# expect: 8 x . /dev/null
# expect: /fs/path
# expect: 3 0
# expect: 42
# expect:
