# argparse.BooleanOptionalAction: --flag and --no-flag, its default in the help, and its
# usage shown as "--flag | --no-flag".
import argparse

parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colour the output")
parser.add_argument("--cache", action=argparse.BooleanOptionalAction)
parser.add_argument("-v", "--verbose", action="store_true")
print(parser.parse_args([]))  # expect: Namespace(color=True, cache=None, verbose=False)
print(parser.parse_args(["--no-color", "--cache"]))
# expect: Namespace(color=False, cache=True, verbose=False)
print(parser.parse_args(["--color", "--no-cache", "-v"]))
# expect: Namespace(color=True, cache=False, verbose=True)
print(parser.format_usage().strip())
# expect: usage: tool [-h] [--color | --no-color] [--cache | --no-cache] [-v]
print(parser.format_help())
# expect: usage: tool [-h] [--color | --no-color] [--cache | --no-cache] [-v]
# expect: 
# expect: options:
# expect:   -h, --help           show this help message and exit
# expect:   --color, --no-color  colour the output
# expect:   --cache, --no-cache
# expect:   -v, --verbose
# expect: 
