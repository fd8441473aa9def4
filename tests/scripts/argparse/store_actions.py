# The actions an option can take: store, store_const, store_true, store_false, append,
# append_const, count and extend, with their defaults and dest names.
import argparse

parser = argparse.ArgumentParser(prog="actions")
parser.add_argument("-t", "--threads", type=int, default=10)
parser.add_argument("--sequential", action="store_true")
parser.add_argument("--no-color", action="store_false", dest="color")
parser.add_argument("--fast", action="store_const", const="fast", default="slow", dest="speed")
parser.add_argument("-I", "--include", action="append")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--tag", action="append_const", const="T", dest="tags")
parser.add_argument("--names", action="extend", nargs="+")
parser.add_argument("--dry-run", action="store_true")

print(parser.parse_args([]))
# expect: Namespace(threads=10, sequential=False, color=True, speed='slow', include=None, verbose=0, tags=None, names=None, dry_run=False)
print(parser.parse_args(["--threads", "4", "--sequential", "--no-color", "--fast"]))
# expect: Namespace(threads=4, sequential=True, color=False, speed='fast', include=None, verbose=0, tags=None, names=None, dry_run=False)
print(parser.parse_args(["-I", "a", "-I", "b", "--include", "c"]).include)
# expect: ['a', 'b', 'c']
print(parser.parse_args(["-v", "-v", "--verbose"]).verbose)
# expect: 3
print(parser.parse_args(["--tag", "--tag"]).tags)
# expect: ['T', 'T']
print(parser.parse_args(["--names", "a", "b", "--names", "c"]).names)
# expect: ['a', 'b', 'c']
print(parser.parse_args(["--dry-run"]).dry_run)
# expect: True

# An append default is copied, never changed in place.
shared_default = ["base"]
appender = argparse.ArgumentParser(prog="appender")
appender.add_argument("--item", action="append", default=shared_default)
print(appender.parse_args(["--item", "x"]).item, shared_default)
# expect: ['base', 'x'] ['base']

# dest: from the first long option, dashes made underscores; else the short option.
named = argparse.ArgumentParser(prog="named")
named.add_argument("-x")
named.add_argument("-y", "--why-not")
named.add_argument("--out", "-o", dest="output")
print(named.parse_args(["-x", "1", "-y", "2", "-o", "3"]))
# expect: Namespace(x='1', why_not='2', output='3')

# set_defaults and get_default.
named.set_defaults(x="from set_defaults", extra=42)
print(named.parse_args([]))
# expect: Namespace(x='from set_defaults', why_not=None, output=None, extra=42)
print(named.get_default("extra"), named.get_default("why_not"))
# expect: 42 None
