# parse_intermixed_args / parse_known_intermixed_args: positionals may be interleaved
# with options (parse_args stops filling a positional at the first option).
import os
os.environ["COLUMNS"] = "80"
import argparse, io, contextlib

def run(method, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print("OK", method(argv))
    except SystemExit as e:
        print("EXIT", e.code)
    if err.getvalue(): print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="prog")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
argv = "doit 1 --foo bar 2 3".split()
run(p.parse_args, argv)
run(p.parse_known_args, argv)
run(p.parse_intermixed_args, argv)
run(p.parse_known_intermixed_args, argv + ["--other", "x"])
run(p.parse_intermixed_args, argv + ["--other"])
run(p.parse_intermixed_args, ["--foo", "x"])
run(p.parse_intermixed_args, ["a", "b"])
print(p.usage)

# Required options and required groups still count in the first pass.
q = argparse.ArgumentParser(prog="prog")
q.add_argument("-n", type=int, required=True)
g = q.add_mutually_exclusive_group(required=True)
g.add_argument("--up", action="store_true")
g.add_argument("--down", action="store_true")
q.add_argument("files", nargs="+")
q.add_argument("last", nargs="?", default="zz")
run(q.parse_intermixed_args, ["a", "-n", "2", "b", "--up", "c"])
run(q.parse_intermixed_args, ["a", "--down"])
run(q.parse_intermixed_args, ["a", "-n", "1"])
run(q.parse_intermixed_args, ["-n", "1", "--up"])
print([a.required for a in q._actions], g.required, [a.nargs for a in q._actions])

# Parsers it cannot handle.
r = argparse.ArgumentParser(prog="prog")
r.add_argument("cmd", nargs=argparse.REMAINDER)
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)
s = argparse.ArgumentParser(prog="prog")
s.add_subparsers().add_parser("x")
try:
    s.parse_intermixed_args(["x"])
except TypeError as e:
    print("TypeError:", e)
t = argparse.ArgumentParser(prog="prog")
tg = t.add_mutually_exclusive_group()
tg.add_argument("--a")
tg.add_argument("b", nargs="?")
try:
    t.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)

# The namespace given is filled in.
ns = argparse.Namespace(extra=1)
print(p.parse_intermixed_args(["x", "--foo", "y", "4"], ns) is ns, ns)

# A long usage keeps its wrapped layout in the error message.
w = argparse.ArgumentParser(prog="prog")
for name in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta"):
    w.add_argument("--" + name, metavar=name.upper() + "_VALUE")
w.add_argument("source")
w.add_argument("dest")
run(w.parse_intermixed_args, ["--beta", "1", "src"])

# expect: EXIT 2
# expect: usage: prog [-h] [--foo FOO] cmd [rest ...]
# expect: prog: error: unrecognized arguments: 2 3
# expect: OK (Namespace(foo='bar', cmd='doit', rest=[1]), ['2', '3'])
# expect: OK Namespace(foo='bar', cmd='doit', rest=[1, 2, 3])
# expect: OK (Namespace(foo='bar', cmd='doit', rest=[1, 2, 3]), ['--other', 'x'])
# expect: EXIT 2
# expect: usage: prog [-h] [--foo FOO] cmd [rest ...]
# expect: prog: error: unrecognized arguments: --other
# expect: EXIT 2
# expect: usage: prog [-h] [--foo FOO] cmd [rest ...]
# expect: prog: error: the following arguments are required: cmd, rest
# expect: EXIT 2
# expect: usage: prog [-h] [--foo FOO] cmd [rest ...]
# expect: prog: error: argument rest: invalid int value: 'b'
# expect: None
# expect: OK Namespace(n=2, up=True, down=False, files=['a', 'b', 'c'], last='zz')
# expect: EXIT 2
# expect: usage: prog [-h] -n N (--up | --down) files [files ...] [last]
# expect: prog: error: the following arguments are required: -n
# expect: EXIT 2
# expect: usage: prog [-h] -n N (--up | --down) files [files ...] [last]
# expect: prog: error: one of the arguments --up --down is required
# expect: EXIT 2
# expect: usage: prog [-h] -n N (--up | --down) files [files ...] [last]
# expect: prog: error: the following arguments are required: files
# expect: [False, True, False, False, True, False] True [0, None, 0, 0, '+', '?']
# expect: TypeError: parse_intermixed_args: positional arg with nargs=...
# expect: TypeError: parse_intermixed_args: positional arg with nargs=A...
# expect: TypeError: parse_intermixed_args: positional in mutuallyExclusiveGroup
# expect: True Namespace(extra=1, foo='y', cmd='x', rest=[4])
# expect: EXIT 2
# expect: usage: prog [-h] [--alpha ALPHA_VALUE] [--beta BETA_VALUE]
# expect:             [--gamma GAMMA_VALUE] [--delta DELTA_VALUE]
# expect:             [--epsilon EPSILON_VALUE] [--zeta ZETA_VALUE]
# expect:             source dest
# expect: prog: error: the following arguments are required: dest
