# classmethod and staticmethod objects are of their own class (their other attributes are
# the wrapped function's); PurePosixPath roots come from the last absolute part alone.
import pathlib


def f():
    "doc of f"


cm, sm = classmethod(f), staticmethod(len)
print(cm.__class__.__name__, sm.__class__.__name__, cm.__name__, cm.__doc__, sm.__func__ is len)
# expect: classmethod staticmethod f doc of f True
print(pathlib.PurePosixPath("/", "usr", "local"), pathlib.PurePosixPath("/usr", "/etc", "x"), pathlib.PurePosixPath("a", "", "b"))
# expect: /usr/local /etc/x a/b
print(pathlib.PurePosixPath("//net", "share"), pathlib.PurePosixPath("///x"), pathlib.PurePosixPath("/") / "tmp", pathlib.PurePosixPath("/", "/"))
# expect: //net/share /x /tmp /
print(pathlib.PurePosixPath("/a").parts, pathlib.PurePosixPath("//a/b").parts, pathlib.PurePosixPath("x/./y/").parts)
# expect: ('/', 'a') ('//', 'a', 'b') ('x', 'y')
