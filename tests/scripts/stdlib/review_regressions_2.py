# Second-read findings, checked against CPython: Formatter field names (decimal keys,
# errors after the first part), multiprocessing's errors from multiprocessing.context through
# pickle and queues, a pickled ShareableList attaches, argparse sub-command widths and '*'
# positionals in groups, token spans of exponents and combining marks.
import os
os.environ["COLUMNS"] = "80"
import string, pickle, os, io, contextlib, argparse
F = string.Formatter()
print(F.vformat("{0[²]}", ({"²": "sq"},), {}))
for s in ["{.}", "{r.}", "{[]}", "{0.}"]:
    try: print(F.vformat(s, (1,), {}))
    except Exception as e: print(type(e).__name__, e)
import multiprocessing as mp
print(repr(pickle.loads(pickle.dumps(mp.AuthenticationError("x")))), mp.TimeoutError.__module__)
q = mp.Queue(); q.put(mp.TimeoutError("t")); print(repr(q.get()))
from multiprocessing.shared_memory import ShareableList, SharedMemory
sl = ShareableList([1, 2, 3]); sl2 = pickle.loads(pickle.dumps(sl)); print(list(sl2), sl2.shm.name == sl.shm.name)
sl2.shm.close(); sl.shm.close(); sl.shm.unlink()
p = argparse.ArgumentParser(prog="x")
sp = p.add_subparsers(help="cmds", metavar="CMD")
sp.add_parser("c" * 8, help="the help")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try: p.parse_args(["-h"])
    except SystemExit: pass
print(out.getvalue())
g = argparse.ArgumentParser().add_mutually_exclusive_group()
try: g.add_argument("files", nargs="*")
except ValueError as e: print("ValueError", e)
g.add_argument("more", nargs="*", default=[])
print("ok")
for src in ["x = 1 1e-5\n", "x = 1 1.5e-3j\n", "x = 1 e\u0301t\n"]:
    try: compile(src, "<s>", "exec")
    except SyntaxError as e: print(e.offset, e.end_offset)

# expect: sq
# expect: KeyError ''
# expect: KeyError 'r'
# expect: KeyError ''
# expect: ValueError Empty attribute in format string
# expect: AuthenticationError('x') multiprocessing.context
# expect: TimeoutError('t')
# expect: [1, 2, 3] True
# expect: usage: x [-h] CMD ...
# expect: 
# expect: positional arguments:
# expect:   CMD         cmds
# expect:     cccccccc  the help
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect: 
# expect: ValueError mutually exclusive arguments must be optional
# expect: ok
# expect: 7 11
# expect: 7 14
# expect: 7 10
