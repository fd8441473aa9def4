# Sub-commands (add_subparsers, aliases, set_defaults, required) and mutually exclusive
# groups (conflicts, required groups, usage brackets), with the help and error texts
# CPython 3.11 prints.
import os
os.environ["COLUMNS"] = "80"
import argparse, sys, io, contextlib
def run(p, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = p.parse_args(argv)
        print("OK", ns)
    except SystemExit as e:
        print("EXIT", e.code)
    if out.getvalue(): print(out.getvalue(), end="")
    if err.getvalue(): print(err.getvalue(), end="")
p = argparse.ArgumentParser(prog="git", description="A version control toy.")
p.add_argument("--verbose", action="store_true")
g = p.add_mutually_exclusive_group()
g.add_argument("--fast", action="store_true", help="go fast")
g.add_argument("--slow", action="store_true", help="go slow")
sub = p.add_subparsers(dest="cmd", help="sub-command help")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
a = sub.add_parser("add", help="add files")
a.add_argument("paths", nargs="+")
a.add_argument("-n", "--dry-run", action="store_true")
s = sub.add_parser("status")
for argv in (["commit", "-m", "hi"], ["--verbose", "add", "a", "b"], ["--fast", "add", "x"], ["--fast", "--slow", "add", "x"],
             [], ["push"], ["commit"], ["ci", "-m", "x"], ["add", "-n", "f", "--bogus"], ["-h"], ["add", "-h"], ["status", "extra"]):
    print("$", argv); run(p, argv)
q = argparse.ArgumentParser(prog="tool")
rg = q.add_mutually_exclusive_group(required=True)
rg.add_argument("-a", action="store_true"); rg.add_argument("-b", type=int)
q.add_argument("files", nargs="*")
for argv in ([], ["-a"], ["-b", "3", "f1"], ["-a", "-b", "2"], ["-h"]):
    print("$", argv); run(q, argv)
r = argparse.ArgumentParser(prog="svc")
subs = r.add_subparsers(title="commands", description="valid commands", dest="command", required=True)
st = subs.add_parser("start", help="start it"); st.add_argument("--port", type=int, default=80)
st.set_defaults(func="start-handler")
subs.add_parser("stop", help="stop it").set_defaults(func="stop-handler")
for argv in (["start", "--port", "8080"], ["stop"], [], ["-h"]):
    print("$", argv); run(r, argv)
ns = r.parse_args(["start"]); print(ns.func, ns.port)
try:
    bad = argparse.ArgumentParser().add_mutually_exclusive_group(); bad.add_argument("x")
except ValueError as e: print("ValueError", e)

# expect: $ ['commit', '-m', 'hi']
# expect: OK Namespace(verbose=False, fast=False, slow=False, cmd='commit', message='hi')
# expect: $ ['--verbose', 'add', 'a', 'b']
# expect: OK Namespace(verbose=True, fast=False, slow=False, cmd='add', paths=['a', 'b'], dry_run=False)
# expect: $ ['--fast', 'add', 'x']
# expect: OK Namespace(verbose=False, fast=True, slow=False, cmd='add', paths=['x'], dry_run=False)
# expect: $ ['--fast', '--slow', 'add', 'x']
# expect: EXIT 2
# expect: usage: git [-h] [--verbose] [--fast | --slow] {commit,ci,add,status} ...
# expect: git: error: argument --slow: not allowed with argument --fast
# expect: $ []
# expect: OK Namespace(verbose=False, fast=False, slow=False, cmd=None)
# expect: $ ['push']
# expect: EXIT 2
# expect: usage: git [-h] [--verbose] [--fast | --slow] {commit,ci,add,status} ...
# expect: git: error: argument cmd: invalid choice: 'push' (choose from 'commit', 'ci', 'add', 'status')
# expect: $ ['commit']
# expect: EXIT 2
# expect: usage: git commit [-h] -m MESSAGE
# expect: git commit: error: the following arguments are required: -m/--message
# expect: $ ['ci', '-m', 'x']
# expect: OK Namespace(verbose=False, fast=False, slow=False, cmd='ci', message='x')
# expect: $ ['add', '-n', 'f', '--bogus']
# expect: EXIT 2
# expect: usage: git [-h] [--verbose] [--fast | --slow] {commit,ci,add,status} ...
# expect: git: error: unrecognized arguments: --bogus
# expect: $ ['-h']
# expect: EXIT 0
# expect: usage: git [-h] [--verbose] [--fast | --slow] {commit,ci,add,status} ...
# expect: 
# expect: A version control toy.
# expect: 
# expect: positional arguments:
# expect:   {commit,ci,add,status}
# expect:                         sub-command help
# expect:     commit (ci)         record changes
# expect:     add                 add files
# expect: 
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --verbose
# expect:   --fast                go fast
# expect:   --slow                go slow
# expect: $ ['add', '-h']
# expect: EXIT 0
# expect: usage: git add [-h] [-n] paths [paths ...]
# expect: 
# expect: positional arguments:
# expect:   paths
# expect: 
# expect: options:
# expect:   -h, --help     show this help message and exit
# expect:   -n, --dry-run
# expect: $ ['status', 'extra']
# expect: EXIT 2
# expect: usage: git [-h] [--verbose] [--fast | --slow] {commit,ci,add,status} ...
# expect: git: error: unrecognized arguments: extra
# expect: $ []
# expect: EXIT 2
# expect: usage: tool [-h] (-a | -b B) [files ...]
# expect: tool: error: one of the arguments -a -b is required
# expect: $ ['-a']
# expect: OK Namespace(a=True, b=None, files=[])
# expect: $ ['-b', '3', 'f1']
# expect: OK Namespace(a=False, b=3, files=['f1'])
# expect: $ ['-a', '-b', '2']
# expect: EXIT 2
# expect: usage: tool [-h] (-a | -b B) [files ...]
# expect: tool: error: argument -b: not allowed with argument -a
# expect: $ ['-h']
# expect: EXIT 0
# expect: usage: tool [-h] (-a | -b B) [files ...]
# expect: 
# expect: positional arguments:
# expect:   files
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   -a
# expect:   -b B
# expect: $ ['start', '--port', '8080']
# expect: OK Namespace(command='start', port=8080, func='start-handler')
# expect: $ ['stop']
# expect: OK Namespace(command='stop', func='stop-handler')
# expect: $ []
# expect: EXIT 2
# expect: usage: svc [-h] {start,stop} ...
# expect: svc: error: the following arguments are required: command
# expect: $ ['-h']
# expect: EXIT 0
# expect: usage: svc [-h] {start,stop} ...
# expect: 
# expect: options:
# expect:   -h, --help    show this help message and exit
# expect: 
# expect: commands:
# expect:   valid commands
# expect: 
# expect:   {start,stop}
# expect:     start       start it
# expect:     stop        stop it
# expect: start-handler 80
# expect: ValueError mutually exclusive arguments must be optional
