# conflict_handler: 'error' (the default) refuses an option string already taken;
# 'resolve' takes it from the older argument, which leaves the parser once it has none.
import os
os.environ["COLUMNS"] = "80"
import argparse

p = argparse.ArgumentParser(prog="prog")
p.add_argument("-f", "--foo", help="old foo")
for args in (["--foo"], ["-f", "--foo"], ["-x", "--foo", "-f"], ["-h"]):
    try:
        p.add_argument(*args)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
g = p.add_argument_group("more")
try:
    g.add_argument("--foo")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
m = p.add_mutually_exclusive_group()
try:
    m.add_argument("-f", action="store_true")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
print(p)

r = argparse.ArgumentParser(prog="prog", conflict_handler="resolve")
r.add_argument("-f", "--foo", help="old foo")
r.add_argument("--foo", help="new foo")
r.add_argument("-b", "--bar", help="old bar")
r.add_argument("-b", "--bar", help="new bar")
r.add_argument("-h", "--hello", action="store_true", help="not help any more")
print(r)
print(r.parse_args(["-f", "1", "--foo", "2", "-b", "3", "-h"]))
print(r.format_help())
print([a.option_strings for a in r._actions])

# Groups follow their parser's handler unless given their own.
s = argparse.ArgumentParser(prog="prog", conflict_handler="resolve")
s.add_argument("--level", type=int, help="top level")
sg = s.add_argument_group("tuning")
sg.add_argument("--level", choices=["lo", "hi"], help="group level")
sm = s.add_mutually_exclusive_group()
sm.add_argument("--quiet", action="store_true")
sm.add_argument("--loud", action="store_true")
s.add_argument("--quiet", action="count", help="replaces the exclusive one")
print(s.parse_args(["--level", "hi", "--quiet", "--quiet"]))
print(s.format_help())
e = argparse.ArgumentParser(prog="prog")
eg = e.add_argument_group("lenient", conflict_handler="resolve")
eg.add_argument("--opt", help="first")
eg.add_argument("--opt", help="second")
print(e.format_help())

for bad in ("ignore", "Resolve"):
    try:
        argparse.ArgumentParser(conflict_handler=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    p.add_argument_group("x", conflict_handler="nope")
except ValueError as e:
    print("ValueError:", e)

# expect: ArgumentError: argument --foo: conflicting option string: --foo | --foo | conflicting option string: --foo
# expect: ArgumentError: argument -f/--foo: conflicting option strings: -f, --foo | -f/--foo | conflicting option strings: -f, --foo
# expect: ArgumentError: argument -x/--foo/-f: conflicting option strings: --foo, -f | -x/--foo/-f | conflicting option strings: --foo, -f
# expect: ArgumentError: argument -h: conflicting option string: -h | -h | conflicting option string: -h
# expect: ArgumentError: argument --foo: conflicting option string: --foo
# expect: ArgumentError: argument -f: conflicting option string: -f
# expect: ArgumentParser(prog='prog', usage=None, description=None, formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=True)
# expect: ArgumentParser(prog='prog', usage=None, description=None, formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='resolve', add_help=True)
# expect: Namespace(foo='2', bar='3', hello=True)
# expect: usage: prog [--help] [-f FOO] [--foo FOO] [-b BAR] [-h]
# expect: 
# expect: options:
# expect:   --help             show this help message and exit
# expect:   -f FOO             old foo
# expect:   --foo FOO          new foo
# expect:   -b BAR, --bar BAR  new bar
# expect:   -h, --hello        not help any more
# expect: 
# expect: [['--help'], ['-f'], ['--foo'], ['-b', '--bar'], ['-h', '--hello']]
# expect: Namespace(level='hi', loud=False, quiet=2)
# expect: usage: prog [-h] [--level {lo,hi}] [--loud] [--quiet]
# expect: 
# expect: options:
# expect:   -h, --help       show this help message and exit
# expect:   --loud
# expect:   --quiet          replaces the exclusive one
# expect: 
# expect: tuning:
# expect:   --level {lo,hi}  group level
# expect: 
# expect: usage: prog [-h] [--opt OPT]
# expect: 
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect: 
# expect: lenient:
# expect:   --opt OPT   second
# expect: 
# expect: ValueError: invalid conflict_resolution value: 'ignore'
# expect: ValueError: invalid conflict_resolution value: 'Resolve'
# expect: ValueError: invalid conflict_resolution value: 'nope'
