# -h/--help for a typical parser, laid out as CPython 3.11 lays it out: the usage line,
# the description, "positional arguments:" and "options:" with help starting at column 24,
# and the epilog. Help is printed on stdout and ends the parse with status 0.
import argparse
import os

os.environ["COLUMNS"] = "80"    # help wraps at $COLUMNS - 2; fix it for the test

parser = argparse.ArgumentParser(
    prog="square",
    description="Square numbers in several threads and time it.",
    epilog="The GIL decides how much the threads overlap.")
parser.add_argument("count", type=int, help="how many numbers each worker squares")
parser.add_argument("files", nargs="*", help="where to write results")
parser.add_argument("-t", "--threads", type=int, default=10,
                    help="number of worker threads (default: %(default)s)")
parser.add_argument("--processes", type=int, metavar="N", help="use N processes instead")
parser.add_argument("--sequential", action="store_true", help="run the workers in turn")
parser.add_argument("--mode", choices=["cpu", "io"], default="cpu",
                    help="kind of work, one of %(choices)s")
parser.add_argument("-v", "--verbose", action="count", help="say more")
parser.add_argument("--quiet", action="store_true")

try:
    parser.parse_args(["-h"])
except SystemExit as exit:
    print("exit status", exit.code)
# expect: usage: square [-h] [-t THREADS] [--processes N] [--sequential]
# expect:               [--mode {cpu,io}] [-v] [--quiet]
# expect:               count [files ...]
# expect:
# expect: Square numbers in several threads and time it.
# expect:
# expect: positional arguments:
# expect:   count                 how many numbers each worker squares
# expect:   files                 where to write results
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   -t THREADS, --threads THREADS
# expect:                         number of worker threads (default: 10)
# expect:   --processes N         use N processes instead
# expect:   --sequential          run the workers in turn
# expect:   --mode {cpu,io}       kind of work, one of cpu, io
# expect:   -v, --verbose         say more
# expect:   --quiet
# expect:
# expect: The GIL decides how much the threads overlap.
# expect: exit status 0

print(parser.format_usage(), end="")
# expect: usage: square [-h] [-t THREADS] [--processes N] [--sequential]
# expect:               [--mode {cpu,io}] [-v] [--quiet]
# expect:               count [files ...]
parser.print_usage()
# expect: usage: square [-h] [-t THREADS] [--processes N] [--sequential]
# expect:               [--mode {cpu,io}] [-v] [--quiet]
# expect:               count [files ...]
