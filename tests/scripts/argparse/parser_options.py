# ArgumentParser's keyword arguments in CPython 3.11's order (so they can be given by
# position), MetavarTypeHelpFormatter, _get_kwargs(), per-group prefix_chars and
# argument_default, and the deprecation warnings for nested groups.
import os
os.environ["COLUMNS"] = "80"
import argparse, io, contextlib, warnings

def run(p, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            print("OK", p.parse_args(argv))
    except SystemExit as e:
        print("EXIT", e.code)
    if out.getvalue(): print(out.getvalue(), end="")
    if err.getvalue(): print(err.getvalue(), end="")

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--shared", default="s")
p = argparse.ArgumentParser("prog", "%(prog)s [options] FILE", "A description.", "An epilog.",
                            [base], argparse.RawDescriptionHelpFormatter, "-+", "@", None,
                            "resolve", True, False, True)
print(p)
print(p._get_kwargs())
print(p.prog, p.usage, p.fromfile_prefix_chars, p.conflict_handler, p.allow_abbrev, p.exit_on_error)
p.add_argument("+x", "--xx", action="store_true")
p.add_argument("--long-option")
p.add_argument("--xx", action="count", help="replaces --xx")
run(p, ["+x", "--xx", "--xx"])
run(p, ["--long", "v"])
run(p, ["-h"])

m = argparse.ArgumentParser(prog="prog", formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument("--n", type=int, help="a number")
m.add_argument("--ratio", type=float, nargs=2)
m.add_argument("x", type=str)
run(m, ["-h"])

print(argparse.Namespace(a=1, **{"b-c": 2}), argparse.Namespace(a=1, b=[2])._get_kwargs())
action = m._actions[1]
print(action._get_kwargs()[:3], action._get_args())
print(issubclass(argparse.Namespace, argparse._AttributeHolder),
      isinstance(action, argparse._AttributeHolder), isinstance(m, argparse._AttributeHolder))

k = argparse.ArgumentParser(prog="prog", prefix_chars="-+")
g = k.add_argument_group("plus options", prefix_chars="+", argument_default=5)
g.add_argument("+z", type=int)
g.add_argument("++zz", type=int, default=0)
print(g.title, g.prefix_chars, g.argument_default, g.conflict_handler)
run(k, ["+z", "3"])
run(k, [])
run(k, ["-h"])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    inner = g.add_argument_group("inner", prefix_chars="-")
    inner.add_argument("--inner", type=int)
    mx = m.add_mutually_exclusive_group()
    nested = mx.add_mutually_exclusive_group()
    nested.add_argument("--p", action="store_true")
    nested.add_argument("--q", action="store_true")
for w in caught:
    print(w.category.__name__, w.message)
run(m, ["--p", "w"])
run(k, ["--inner", "x"])
print(k.parse_args(["--inner", "2"]))
run(m, ["--p", "--q", "w"])
run(m, ["-h"])

# An append default that is not a list is copied, not changed.
t = argparse.ArgumentParser(prog="prog")
t.add_argument("--item", action="append", default=("a",))
try:
    t.parse_args(["--item", "b"])
except AttributeError as e:
    print("AttributeError")

# expect: ArgumentParser(prog='prog', usage='%(prog)s [options] FILE', description='A description.', formatter_class=<class 'argparse.RawDescriptionHelpFormatter'>, conflict_handler='resolve', add_help=True)
# expect: [('prog', 'prog'), ('usage', '%(prog)s [options] FILE'), ('description', 'A description.'), ('formatter_class', <class 'argparse.RawDescriptionHelpFormatter'>), ('conflict_handler', 'resolve'), ('add_help', True)]
# expect: prog %(prog)s [options] FILE @ resolve False True
# expect: OK Namespace(shared='s', xx=3, long_option=None)
# expect: EXIT 2
# expect: usage: prog [options] FILE
# expect: prog: error: unrecognized arguments: --long v
# expect: EXIT 0
# expect: usage: prog [options] FILE
# expect: 
# expect: A description.
# expect: 
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --shared SHARED
# expect:   +x
# expect:   --long-option LONG_OPTION
# expect:   --xx                  replaces --xx
# expect: 
# expect: An epilog.
# expect: EXIT 0
# expect: usage: prog [-h] [--n int] [--ratio float float] str
# expect: 
# expect: positional arguments:
# expect:   str
# expect: 
# expect: options:
# expect:   -h, --help           show this help message and exit
# expect:   --n int              a number
# expect:   --ratio float float
# expect: Namespace(a=1, **{'b-c': 2}) [('a', 1), ('b', [2])]
# expect: [('option_strings', ['--n']), ('dest', 'n'), ('nargs', None)] []
# expect: True True True
# expect: plus options + 5 error
# expect: OK Namespace(z=3, zz=0)
# expect: OK Namespace(z=5, zz=0)
# expect: EXIT 0
# expect: usage: prog [-h] [+z Z] [++zz ZZ]
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect: 
# expect: plus options:
# expect:   +z Z
# expect:   ++zz ZZ
# expect: DeprecationWarning Nesting argument groups is deprecated.
# expect: DeprecationWarning Nesting mutually exclusive groups is deprecated.
# expect: OK Namespace(n=None, ratio=None, x='w', p=True, q=False)
# expect: EXIT 2
# expect: usage: prog [-h] [+z Z] [++zz ZZ] [--inner INNER]
# expect: prog: error: argument --inner: invalid int value: 'x'
# expect: Namespace(z=5, zz=0, inner=2)
# expect: EXIT 2
# expect: usage: prog [-h] [--n int] [--ratio float float] [[--p | --q]] str
# expect: prog: error: argument --q: not allowed with argument --p
# expect: EXIT 0
# expect: usage: prog [-h] [--n int] [--ratio float float] [[--p | --q]] str
# expect: 
# expect: positional arguments:
# expect:   str
# expect: 
# expect: options:
# expect:   -h, --help           show this help message and exit
# expect:   --n int              a number
# expect:   --ratio float float
# expect:   --p
# expect:   --q
# expect: AttributeError
