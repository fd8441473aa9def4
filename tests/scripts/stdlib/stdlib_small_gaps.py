# Small parts of the library: ExitStack.push with a context manager, unittest's assertLogs,
# assertNoLogs and assertSequenceEqual across sequence types, typing.NewType's repr and
# TypedDict's functional syntax, StringIO's newline modes, time.strptime, the stat module.
import contextlib
import io
import logging
import stat
import time
import typing
import unittest


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("CM exit", exc[0])
        return False


with contextlib.ExitStack() as stack:
# expect: callback exit
# expect: CM exit None
    stack.push(CM())
    stack.push(lambda *exc: print("callback exit"))
print(isinstance(contextlib.ExitStack(), contextlib.AbstractContextManager))  # expect: True


class Tests(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("first")
            logging.getLogger("app.sub").error("second")
        print(cm.output, [r.levelname for r in cm.records])

    def test_no_logs_fails(self):
        with self.assertLogs("quiet"):
            pass

    def test_no_logs(self):
        with self.assertNoLogs("quiet", level="WARNING"):
            logging.getLogger("quiet").info("below")

    def test_sequences(self):
        self.assertSequenceEqual((1, 2), [1, 2])
        self.assertSequenceEqual("ab", ["a", "b"])


result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(
# expect: ['INFO:app:first', 'ERROR:app.sub:second'] ['INFO', 'ERROR']
    unittest.defaultTestLoader.loadTestsFromTestCase(Tests))
print(result.testsRun, [str(f[1]).strip().splitlines()[-1] for f in result.failures])
# expect: 4 ['AssertionError: no logs of level INFO or higher triggered on quiet']

UserId = typing.NewType("UserId", int)
print(repr(UserId), UserId(5), UserId.__supertype__, UserId.__name__)
# expect: __main__.UserId 5 <class 'int'> UserId
Movie = typing.TypedDict("Movie", {"name": str, "year": int})
print(Movie.__annotations__, Movie(name="x", year=1), Movie.__total__)
# expect: {'name': <class 'str'>, 'year': <class 'int'>} {'name': 'x', 'year': 1} True
Partial = typing.TypedDict("Partial", {"x": int}, total=False)
print(Partial.__total__, Partial.__name__)  # expect: False Partial

print(repr(io.StringIO("a\r\nb\rc\n", newline=None).read()), repr(io.StringIO("a\r\nb", newline="").read()))
# expect: 'a\nb\nc\n' 'a\r\nb'
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()), repr(io.StringIO("a\nb").read()))  # expect: 'x\r\ny\r\n' 'a\nb'
u = io.StringIO(newline=None)
u.write("p\r\nq\r")
print(repr(u.getvalue()))  # expect: 'p\nq\n'

t = time.strptime("2024-03-05 14:30:00", "%Y-%m-%d %H:%M:%S")
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst)
# expect: 2024 3 5 14 1 65 -1
print(time.strptime("Tue Mar  5 14:30:00 2024")[:6])  # expect: (2024, 3, 5, 14, 30, 0)

print(stat.S_ISDIR(0o40755), stat.S_ISREG(0o100644), stat.filemode(0o100644), stat.filemode(0o40755))
# expect: True True -rw-r--r-- drwxr-xr-x
print(stat.filemode(0o120777), stat.filemode(0o104755), stat.S_IMODE(0o100644), oct(stat.S_IFMT(0o100644)))
# expect: lrwxrwxrwx -rwsr-xr-x 420 0o100000
