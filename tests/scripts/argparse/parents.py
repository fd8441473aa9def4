# ArgumentParser(parents=[...]): the parents' arguments, groups, mutually exclusive
# groups and set_defaults values are copied; two parsers both defining -h conflict.
import os
os.environ["COLUMNS"] = "80"
import argparse, io, contextlib

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

base = argparse.ArgumentParser(add_help=False)
base.add_argument("-v", "--verbose", action="count", default=0, help="more output")
base.add_argument("--config", metavar="FILE", help="settings file")
net = base.add_argument_group("network", "how to connect")
net.add_argument("--host", default="localhost")
net.add_argument("--port", type=int, default=80)
mx = base.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_true")
mx.add_argument("--xml", action="store_true")
base.set_defaults(mode="base")

p = argparse.ArgumentParser(prog="prog", parents=[base], description="uses a parent")
p.add_argument("target", help="what to act on")
for argv in (["t"], ["-vv", "--port", "8080", "t"], ["--json", "--xml", "t"], [], ["-h"]):
    print("$", argv); run(p, argv)
print(p.get_default("mode"), p.get_default("port"))

# Two parents, and a parser built only from parents.
other = argparse.ArgumentParser(add_help=False)
other.add_argument("--dry-run", action="store_true")
other.add_argument("files", nargs="*")
q = argparse.ArgumentParser(prog="prog", parents=[base, other], add_help=False)
for argv in (["-v", "a", "b", "--dry-run"], ["--bogus"]):
    print("$", argv); run(q, argv)
print(q.format_help())

# A parent keeping its -h clashes with the child's own.
withhelp = argparse.ArgumentParser(prog="parent")
withhelp.add_argument("--x")
try:
    argparse.ArgumentParser(prog="prog", parents=[withhelp])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
# ...unless the child has none, or resolves the conflict.
r = argparse.ArgumentParser(prog="prog", parents=[withhelp], add_help=False)
print(r.parse_args(["--x", "1"]))
s = argparse.ArgumentParser(prog="prog", parents=[withhelp], conflict_handler="resolve")
print(s.parse_args(["--x", "2"]))
print([a.option_strings for a in s._actions])

# Sub-commands sharing options through a parent.
common = argparse.ArgumentParser(add_help=False)
common.add_argument("--debug", action="store_true")
top = argparse.ArgumentParser(prog="prog")
subs = top.add_subparsers(dest="cmd")
subs.add_parser("build", parents=[common]).add_argument("what")
subs.add_parser("clean", parents=[common])
for argv in (["build", "--debug", "all"], ["clean"], ["build", "-h"]):
    print("$", argv); run(top, argv)

# A parser with two groups of the same title cannot take parents.
dup = argparse.ArgumentParser(prog="prog")
dup.add_argument_group("extra"); dup.add_argument_group("extra")
try:
    dup._add_container_actions(base)
except ValueError as e:
    print("ValueError:", e)

# expect: $ ['t']
# expect: OK Namespace(verbose=0, config=None, host='localhost', port=80, json=False, xml=False, target='t', mode='base')
# expect: $ ['-vv', '--port', '8080', 't']
# expect: OK Namespace(verbose=2, config=None, host='localhost', port=8080, json=False, xml=False, target='t', mode='base')
# expect: $ ['--json', '--xml', 't']
# expect: EXIT 2
# expect: usage: prog [-h] [-v] [--config FILE] [--host HOST] [--port PORT]
# expect:             [--json | --xml]
# expect:             target
# expect: prog: error: argument --xml: not allowed with argument --json
# expect: $ []
# expect: EXIT 2
# expect: usage: prog [-h] [-v] [--config FILE] [--host HOST] [--port PORT]
# expect:             [--json | --xml]
# expect:             target
# expect: prog: error: the following arguments are required: target
# expect: $ ['-h']
# expect: EXIT 0
# expect: usage: prog [-h] [-v] [--config FILE] [--host HOST] [--port PORT]
# expect:             [--json | --xml]
# expect:             target
# expect: 
# expect: uses a parent
# expect: 
# expect: positional arguments:
# expect:   target         what to act on
# expect: 
# expect: options:
# expect:   -h, --help     show this help message and exit
# expect:   -v, --verbose  more output
# expect:   --config FILE  settings file
# expect:   --json
# expect:   --xml
# expect: 
# expect: network:
# expect:   how to connect
# expect: 
# expect:   --host HOST
# expect:   --port PORT
# expect: base 80
# expect: $ ['-v', 'a', 'b', '--dry-run']
# expect: OK Namespace(verbose=1, config=None, host='localhost', port=80, json=False, xml=False, dry_run=True, files=['a', 'b'], mode='base')
# expect: $ ['--bogus']
# expect: EXIT 2
# expect: usage: prog [-v] [--config FILE] [--host HOST] [--port PORT] [--json | --xml]
# expect:             [--dry-run]
# expect:             [files ...]
# expect: prog: error: unrecognized arguments: --bogus
# expect: usage: prog [-v] [--config FILE] [--host HOST] [--port PORT] [--json | --xml]
# expect:             [--dry-run]
# expect:             [files ...]
# expect: 
# expect: positional arguments:
# expect:   files
# expect: 
# expect: options:
# expect:   -v, --verbose  more output
# expect:   --config FILE  settings file
# expect:   --json
# expect:   --xml
# expect:   --dry-run
# expect: 
# expect: network:
# expect:   how to connect
# expect: 
# expect:   --host HOST
# expect:   --port PORT
# expect: 
# expect: ArgumentError: argument -h/--help: conflicting option strings: -h, --help
# expect: Namespace(x='1')
# expect: Namespace(x='2')
# expect: [['-h', '--help'], ['--x']]
# expect: $ ['build', '--debug', 'all']
# expect: OK Namespace(cmd='build', debug=True, what='all')
# expect: $ ['clean']
# expect: OK Namespace(cmd='clean', debug=False)
# expect: $ ['build', '-h']
# expect: EXIT 0
# expect: usage: prog build [-h] [--debug] what
# expect: 
# expect: positional arguments:
# expect:   what
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   --debug
# expect: ValueError: cannot merge actions - two groups are named 'extra'
