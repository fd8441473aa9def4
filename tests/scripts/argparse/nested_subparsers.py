# Nested sub-commands with a metavar, parse_known_args through a sub-parser, and a
# mutually exclusive group inside an argument group that mixes options and a positional.
import os
os.environ["COLUMNS"] = "80"
import argparse, io, contextlib
def run(p, argv, known=False):
    err = io.StringIO(); out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = p.parse_known_args(argv) if known else p.parse_args(argv)
        print("OK", ns)
    except SystemExit as e: print("EXIT", e.code)
    print(out.getvalue() + err.getvalue(), end="")
p = argparse.ArgumentParser(prog="x")
sp = p.add_subparsers()
a = sp.add_parser("a"); a.add_argument("n", type=int)
b = sp.add_parser("b"); bs = b.add_subparsers(dest="inner", metavar="INNER")
bs.add_parser("c").add_argument("--z")
for argv in (["a", "3"], ["b", "c", "--z", "1"], ["b"], ["a"], [], ["-h"], ["b", "-h"]):
    print("$", argv); run(p, argv)
print("$ known"); run(p, ["a", "3", "--what", "w"], known=True)
g = argparse.ArgumentParser(prog="g")
grp = g.add_argument_group("grp", "inside")
m = grp.add_mutually_exclusive_group()
m.add_argument("--one", action="store_const", const=1, dest="v")
m.add_argument("--two", action="store_const", const=2, dest="v")
m.add_argument("pos", nargs="?", default="d")
for argv in (["--one"], ["--one", "--two"], ["--one", "p"], ["p"], ["-h"]):
    print("$", argv); run(g, argv)

# expect: $ ['a', '3']
# expect: OK Namespace(n=3)
# expect: $ ['b', 'c', '--z', '1']
# expect: OK Namespace(inner='c', z='1')
# expect: $ ['b']
# expect: OK Namespace(inner=None)
# expect: $ ['a']
# expect: EXIT 2
# expect: usage: x a [-h] n
# expect: x a: error: the following arguments are required: n
# expect: $ []
# expect: OK Namespace()
# expect: $ ['-h']
# expect: EXIT 0
# expect: usage: x [-h] {a,b} ...
# expect: 
# expect: positional arguments:
# expect:   {a,b}
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect: $ ['b', '-h']
# expect: EXIT 0
# expect: usage: x b [-h] INNER ...
# expect: 
# expect: positional arguments:
# expect:   INNER
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect: $ known
# expect: OK (Namespace(n=3), ['--what', 'w'])
# expect: $ ['--one']
# expect: OK Namespace(v=1, pos='d')
# expect: $ ['--one', '--two']
# expect: EXIT 2
# expect: usage: g [-h] [--one | --two | pos]
# expect: g: error: argument --two: not allowed with argument --one
# expect: $ ['--one', 'p']
# expect: EXIT 2
# expect: usage: g [-h] [--one | --two | pos]
# expect: g: error: argument pos: not allowed with argument --one
# expect: $ ['p']
# expect: OK Namespace(v=None, pos='p')
# expect: $ ['-h']
# expect: EXIT 0
# expect: usage: g [-h] [--one | --two | pos]
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect: 
# expect: grp:
# expect:   inside
# expect: 
# expect:   --one
# expect:   --two
# expect:   pos
